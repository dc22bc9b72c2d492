import type { SlotView } from '@/lib/booking/availability';
import { formatSlotDay, formatSlotTime, parseOffsetIso } from '@/lib/booking/slots';

/** Free times grouped by day, one radio group per day, in the clinic's time zone. */
export function SlotRadios({
  slots,
  timeZone,
  selected,
  name = 'start',
  describedBy,
}: {
  slots: SlotView[];
  timeZone: string;
  selected?: string;
  name?: string;
  describedBy?: string;
}) {
  const days = new Map<string, SlotView[]>();
  for (const slot of slots) {
    const day = slot.start.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return (
    <div className="space-y-5" id={name}>
      {[...days].map(([day, daySlots]) => (
        <fieldset key={day} className="space-y-2" aria-describedby={describedBy}>
          <legend className="text-lg font-semibold">{formatSlotDay(day, timeZone)}</legend>
          <div className="flex flex-wrap gap-2">
            {daySlots.map((slot) => {
              const instant = parseOffsetIso(slot.start);
              const id = `${name}-${slot.start.replace(/[^0-9]/g, '')}`;
              return (
                <div key={slot.start}>
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={slot.start}
                    defaultChecked={slot.start === selected}
                    className="peer sr-only"
                    required
                  />
                  <label
                    htmlFor={id}
                    className="inline-flex min-h-11 min-w-24 cursor-pointer items-center justify-center rounded-md border-2 border-slate-500 px-3 py-2 font-medium peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:ring-4 peer-focus-visible:ring-amber-300"
                  >
                    {instant ? formatSlotTime(instant, timeZone) : slot.start}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
