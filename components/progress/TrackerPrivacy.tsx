/** The privacy page's section on the recovery tracker: what it keeps, where, and what can leave the device. */
export function TrackerPrivacy() {
  return (
    <>
      <h2>The recovery tracker (My recovery)</h2>
      <p>
        The weekly check-in at <a href="/progress">My recovery</a> keeps your answers (your three pain scores,
        your training sessions, any warning signs you tick and your note), the return steps of your self-check
        plan and the sessions you log <strong>only in your own browser</strong>, in its IndexedDB storage on
        this device. We never receive them: the page sends none of them to our server, and they are not backed
        up anywhere else. Another browser or device will not have them.
      </p>
      <p>
        Nothing leaves your device unless you tick the box on the booking form to attach a short progress
        summary to your booking. Then that summary (your scores by week, your sessions, where you are in your
        steps and any warning signs you ticked, but not your notes) is stored with your booking, as above.
      </p>
      <p>
        To make the site work without a connection, your browser also keeps copies of the tracker, the
        exercise library and the articles you open. These copies hold only our public pages, never your
        answers. &ldquo;Delete my data&rdquo; on the tracker removes all of it: your answers, your plan and
        the saved pages. Clearing your browser&apos;s site data does the same.
      </p>
    </>
  );
}
