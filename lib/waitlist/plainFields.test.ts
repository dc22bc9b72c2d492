// Control characters are refused in every free-text field by the shared schemas, so the browser and the
// server give the same message, naming the field (a NUL reached PostgreSQL and answered 500 before).
import { describe, expect, it } from 'vitest';
import { clinicianForm, closureForm, idField } from '../schedule/forms';
import { joinSchema } from './schema';
import { formBookingSchema } from '../booking/formSchema';
import { apiBookingSchema, fieldErrors } from '../booking/schema';

const valid = {
  type: 'clinic',
  start: '2026-12-01T09:00:00-06:00',
  name: 'Rae Reader',
  email: 'rae@example.com',
  phone: '312 555 0100',
  note: 'Sore after deadlifts\r\n\tworse in the morning',
  consent: true,
};
const controls = ['\u0000', '\r', '\n', '\u0007', '\u007f', '\u0085', '\u202e', '\u2066'];

const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) =>
  result.success || !result.error ? {} : fieldErrors(result.error);

describe('booking and waitlist fields', () => {
  it('accept a note over several lines and names in any script', () => {
    expect(apiBookingSchema.safeParse(valid).success).toBe(true);
    expect(apiBookingSchema.safeParse({ ...valid, name: 'Zoë Łukasz 日本' }).success).toBe(true);
  });

  it('refuse a control character or bidi override inside a name, naming the field', () => {
    for (const c of controls) {
      const errors = errorsOf(apiBookingSchema.safeParse({ ...valid, name: `Rae${c}Reader` }));
      expect(errors.name, JSON.stringify(c)).toMatch(/^Name must not contain line breaks/);
      const form = errorsOf(formBookingSchema.safeParse({ ...valid, name: `Rae${c}Reader` }));
      expect(form.name, JSON.stringify(c)).toMatch(/^Name must not contain/);
      const join = errorsOf(
        joinSchema.safeParse({ ...valid, from: '2026-12-01', to: '2026-12-02', name: `Rae${c}Reader` }),
      );
      expect(join.name, JSON.stringify(c)).toMatch(/^Name must not contain/);
    }
  });

  it('refuse NUL and other controls in a note, but not its line breaks', () => {
    for (const c of ['\u0000', '\u0007', '\u202e']) {
      const errors = errorsOf(apiBookingSchema.safeParse({ ...valid, note: `a${c}b` }));
      expect(errors.note, JSON.stringify(c)).toMatch(/^Note must not contain invisible control characters/);
    }
    const summary = errorsOf(formBookingSchema.safeParse({ ...valid, progressSummary: 'PEG\u0000' }));
    expect(summary.progressSummary).toMatch(/must not contain/);
  });
});

describe('staff fields', () => {
  const clinician = {
    name: 'Maya Okafor',
    credentials: 'PT, DPT',
    role: 'Physical therapist',
    visitTypes: ['clinic'],
    active: true,
    videoUrl: 'https://video.example.com/room',
  };

  it('refuse line breaks in every clinician field and in a video link (the URL parser drops them)', () => {
    expect(clinicianForm.safeParse(clinician).success).toBe(true);
    for (const field of ['name', 'credentials', 'role', 'videoUrl'] as const) {
      const value = `${clinician[field].slice(0, 2)}\r\n${clinician[field].slice(2)}`;
      const result = clinicianForm.safeParse({ ...clinician, [field]: value });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path, field).toEqual([field]);
      expect(result.error?.issues[0]?.message, field).toMatch(/must not contain line breaks/);
    }
    const lone = clinicianForm.safeParse({ ...clinician, name: 'Maya\rOkafor' });
    expect(lone.success).toBe(false);
  });

  it('refuse a control character in a closure reason', () => {
    const result = closureForm.safeParse({ from: '2027-01-04', to: '', reason: 'Training\u0000' });
    expect(result.error?.issues[0]?.path).toEqual(['reason']);
  });

  it('take only real UUIDs as row ids (36 dashes passed the old pattern)', () => {
    expect(idField.safeParse('4f1c2b9e-8a3d-4c5e-9f60-7a8b9c0d1e2f').success).toBe(true);
    for (const bad of ['-'.repeat(36), 'f'.repeat(36), '4f1c2b9e8a3d4c5e9f607a8b9c0d1e2f', ''])
      expect(idField.safeParse(bad).success, bad).toBe(false);
  });
});
