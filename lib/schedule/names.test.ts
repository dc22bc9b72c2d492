import { describe, expect, it } from 'vitest';
import { clinicianName } from './clinicianName';
import { clinicianIdFor, describeHours } from './names';

describe('schedule names', () => {
  it('makes a unique id from a name', () => {
    expect(clinicianIdFor('Zoë Ní Bhriain', new Set())).toBe('zoe-ni-bhriain');
    expect(clinicianIdFor('Maya Okafor', new Set(['maya-okafor', 'maya-okafor-2']))).toBe('maya-okafor-3');
    expect(clinicianIdFor('!!!', new Set())).toBe('clinician');
  });

  it('describes a week for the history', () => {
    expect(describeHours({ mon: [{ open: '08:00', close: '12:00' }] })).toBe(
      'Mon 08:00-12:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed',
    );
  });

  it('shows a clinician by name, or by id once they are gone', () => {
    const team = [{ id: 'vic', name: 'Vic Video', credentials: '' }];
    expect(clinicianName(team, 'vic')).toBe('Vic Video');
    expect(clinicianName(team, 'gone')).toBe('gone');
  });
});
