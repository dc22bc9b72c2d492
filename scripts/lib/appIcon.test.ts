import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, renderIcon } from './appIcon';

/** Reads back what encodePng writes: size, colour type and the unfiltered RGBA rows. */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([png[24], png[25]]).toEqual([8, 6]);
  const idat = png.indexOf('IDAT');
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const pixel = (x: number, y: number) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4).subarray(0, 4)];
  return { width, height, pixel };
}

describe('app icon PNGs', () => {
  it('draws the round icon on a clear background, with the amber stroke inside', () => {
    const { width, height, pixel } = decode(encodePng(32, 32, renderIcon(32, { maskable: false })));
    expect([width, height]).toEqual([32, 32]);
    expect(pixel(0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(16, 28)).toEqual([0x0f, 0x4c, 0x5c, 255]);
    // (13, 16) lies on the stroke where its two curves meet.
    expect(pixel(13, 16)).toEqual([0xfb, 0xbf, 0x24, 255]);
  });

  it('fills the maskable icon edge to edge and keeps the stroke in the middle', () => {
    const { pixel } = decode(encodePng(32, 32, renderIcon(32, { maskable: true })));
    expect(pixel(0, 0)).toEqual([0x0f, 0x4c, 0x5c, 255]);
    expect(pixel(31, 31)).toEqual([0x0f, 0x4c, 0x5c, 255]);
    expect(pixel(13, 16)).toEqual([0xfb, 0xbf, 0x24, 255]);
  });

  it('writes a checksum a PNG reader accepts (IEND of an empty image has the well-known CRC)', () => {
    const png = encodePng(1, 1, new Uint8Array([1, 2, 3, 4]));
    expect(png.subarray(-12).toString('hex')).toBe('0000000049454e44ae426082');
  });
});
