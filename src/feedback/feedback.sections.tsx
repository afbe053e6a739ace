import type { DoctorProfileSection } from '../doctors/index.js';
import { doctorFeedbackFor, type DoctorFeedbackSummary } from './feedback.service.js';
import { DoctorFeedbackSection } from './feedback.views.js';

/** The doctor's profile page's ratings from verified visits (and approved comments, when shown). */
export const doctorFeedbackSection: DoctorProfileSection<DoctorFeedbackSummary> = {
  name: 'feedback',
  load: (deps, doctor) => doctorFeedbackFor(deps.db, doctor.id, deps.config.clinicTimeZone),
  render: (ctx, _doctor, summary) => <DoctorFeedbackSection ctx={ctx} summary={summary} />,
};
