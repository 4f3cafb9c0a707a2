import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { PersonalDataKeys } from './master-key.js';
import { newDataKey, studentNumberIndex, unwrapDataKey, wrapDataKey } from './sealing.js';
import { dataKeyOf, eraseIdentity, findIdentities, insertIdentities } from './student-identities.js';

export const PERSONAL_DATA_KEYS = Symbol('PERSONAL_DATA_KEYS');

/** A student's opaque id and the key their personal values are sealed with. */
export type StudentKey = Readonly<{ studentId: string; dataKey: Buffer }>;

/** Where students are found by number and their keys are kept (table student_identities) and destroyed. */
@Injectable()
export class PersonalDataVault {
  constructor(
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
    private readonly db: DataSource,
  ) {}

  /** Known students among these numbers, by number. */
  async findByNumbers(studentNumbers: readonly string[]): Promise<Map<string, StudentKey>> {
    const numberByIndex = new Map(studentNumbers.map((n) => [studentNumberIndex(this.keys, n), n]));
    const found = new Map<string, StudentKey>();
    for (const identity of await findIdentities(this.db, [...numberByIndex.keys()])) {
      found.set(numberByIndex.get(identity.numberIndex)!, {
        studentId: identity.studentId,
        dataKey: unwrapDataKey(this.keys, identity.studentId, identity.wrappedKey),
      });
    }
    return found;
  }

  /**
   * Every one of these numbers with its student: the known ones as they are, the new ones with a fresh opaque
   * id and key (or the ones a concurrent import stored first).
   */
  async identify(studentNumbers: readonly string[]): Promise<Map<string, StudentKey>> {
    const known = await this.findByNumbers(studentNumbers);
    const fresh = studentNumbers.filter((n) => !known.has(n));
    if (fresh.length === 0) return known;
    await insertIdentities(
      this.db,
      fresh.map((n) => {
        const studentId = randomUUID();
        return {
          studentId,
          numberIndex: studentNumberIndex(this.keys, n),
          wrappedKey: wrapDataKey(this.keys, studentId, newDataKey()),
        };
      }),
    );
    return new Map([...known, ...(await this.findByNumbers(fresh))]);
  }

  keyOf(studentId: string): Promise<Buffer | null> {
    return dataKeyOf(this.db, this.keys, studentId);
  }

  erase(studentId: string): Promise<void> {
    return eraseIdentity(this.db, studentId);
  }
}
