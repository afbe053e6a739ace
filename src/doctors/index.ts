// The doctors feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { doctorsForCategory, findDoctor, listDoctors } from './doctors.repository.js';
export { activeDoctorOptions, doctorName, doctorNameOrThrow } from './doctors.repository.js';
export { doctorSearchSource, indexDoctor } from './doctors.search.js';
export { setDoctorProfileSections } from './sections.js';
export type { DoctorProfileSection } from './sections.js';
