/**
 * A node:sqlite connection whose writes fail on demand the way SQLite fails them on a full disk
 * (SQLITE_FULL, "database or disk is full"): every INSERT/UPDATE/DELETE and every COMMIT, while reads go on.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';

export interface DiskSwitch {
  /** Makes every write from now on fail as on a full disk, or work again. */
  full(on: boolean): void;
  connect(file: string): DatabaseSync;
}

function diskFull(): Error {
  return Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13, errstr: 'database or disk is full' });
}

export function createDiskSwitch(): DiskSwitch {
  let full = false;
  const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql);

  class FailingDatabase extends DatabaseSync {
    override prepare(sql: string): StatementSync {
      const statement = super.prepare(sql);
      if (!isWrite(sql)) return statement;
      return new Proxy(statement, {
        get(target, property) {
          if (property === 'run' && full) return () => { throw diskFull(); };
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }

    override exec(sql: string): void {
      if (full && /^\s*COMMIT\b/i.test(sql)) throw diskFull();
      super.exec(sql);
    }
  }

  return {
    full(on) {
      full = on;
    },
    connect: (file) => new FailingDatabase(file),
  };
}
