import { bookingPersonalData } from '../booking/booking.personal-data.js';
import { feedbackPersonalData } from '../feedback/feedback.personal-data.js';
import { questionsPersonalData } from '../questions/questions.personal-data.js';
import type { PersonalDataSource } from '../personal-data/personal-data.js';

/** Every place patient data lives; the data-rights pages and the erasure test go through this list. */
export const PERSONAL_DATA_SOURCES: PersonalDataSource[] = [bookingPersonalData, questionsPersonalData, feedbackPersonalData];
