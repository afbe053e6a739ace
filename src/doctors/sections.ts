import type { ComponentChildren } from 'preact';
import type { Doctor } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import type { PageContext } from '../web/context.js';

// Extension point of the doctor's profile page: the features that build on doctors (booking's
// sessions, feedback's ratings, content's articles) add their section without doctors importing
// them. The composition (src/main.ts) sets the list, in page order.

export interface DoctorProfileSection<T = unknown> {
  name: string;
  load(deps: Deps, doctor: Doctor): Promise<T>;
  render(ctx: PageContext, doctor: Doctor, data: T): ComponentChildren;
}

let sections: readonly DoctorProfileSection<any>[] = [];

export function setDoctorProfileSections(list: readonly DoctorProfileSection<any>[]): void {
  sections = list;
}

export function doctorProfileSections(): readonly DoctorProfileSection<any>[] {
  return sections;
}
