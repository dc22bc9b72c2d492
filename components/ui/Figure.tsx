/** An illustration with a caption; `alt` says what the picture shows for people who cannot see it. */
export function Figure({
  src,
  alt,
  caption,
  width = 400,
  height = 240,
}: {
  src: string;
  alt: string;
  caption: string;
  width?: number;
  height?: number;
}) {
  return (
    <figure className="not-prose my-6 rounded-lg border border-slate-200 bg-white p-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- authors' figures are small static SVGs with a fixed size */}
      <img src={src} alt={alt} width={width} height={height} className="h-auto w-full" />
      <figcaption className="mt-2 text-sm text-slate-700">{caption}</figcaption>
    </figure>
  );
}
