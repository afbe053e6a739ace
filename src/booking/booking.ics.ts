import { createEvent } from 'ics';

// The calendar file of a booking: start and end are the session's instants, written in UTC
// (DTSTART:20261121T000000Z), so every calendar shows the visit at the right moment in its own zone.

export interface IcsFacts {
  ref: string;
  startsAt: string;
  endsAt: string;
  title: string;
  description: string;
  location: string;
  url: string;
  host: string;
  status: 'CONFIRMED' | 'CANCELLED';
}

export function bookingIcs(f: IcsFacts): string {
  const { error, value } = createEvent({
    uid: `${f.ref}@${f.host}`,
    productId: 'clinicpress/booking',
    start: Date.parse(f.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(f.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: f.title,
    description: f.description,
    location: f.location,
    url: f.url,
    status: f.status,
  });
  if (error || !value) throw error ?? new Error('could not build the calendar file');
  return value;
}
