import type { PersonalDataSource } from '../privacy/personal-data.js';

// Placeholder until the feature fills it in (issue 6).
export const feedbackPersonalData: PersonalDataSource = {
  name: 'feedback',
  export: async () => [],
  consents: async () => [],
  withdraw: async () => false,
  erase: async () => 0,
};
