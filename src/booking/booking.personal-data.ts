import type { PersonalDataSource } from '../privacy/personal-data.js';

// Placeholder until the feature fills it in (issue 6).
export const bookingPersonalData: PersonalDataSource = {
  name: 'booking',
  export: async () => [],
  consents: async () => [],
  withdraw: async () => false,
  erase: async () => 0,
};
