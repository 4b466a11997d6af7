/** The first problem valibot found, as `field.path: message`, for the sandbox's 400 answers. */
import type * as v from 'valibot';

export function firstIssue(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const issue = issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}
