import { AppError, ErrorCode, FieldProblem, ValidationFailed } from '@app/kernel';

export const problem = (field: string, zh: string, en: string): FieldProblem => ({
  field,
  message: { zh, en },
});

export function failIf(problems: FieldProblem[]): void {
  if (problems.length) throw new ValidationFailed(problems);
}

export class AlreadyExists extends AppError {
  constructor(what: { zh: string; en: string }, id: string) {
    super(
      ErrorCode.INVALID_TRANSITION,
      'ORGANIZATION.ALREADY_EXISTS',
      { zh: `${what.zh}已存在（${id}）`, en: `${what.en} already exists (${id})` },
      { id },
    );
  }
}
