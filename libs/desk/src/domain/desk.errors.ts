import { NotFound, problem, ValidationFailed } from '@app/kernel';

export const DeskErrorReason = {
  ARRIVAL_NOT_FOUND: 'DESK.ARRIVAL_NOT_FOUND',
} as const;

/** Another unit's arrival, or one for another audience, is as if it did not exist. */
export class ArrivalNotFound extends NotFound {
  constructor(id: string) {
    super(DeskErrorReason.ARRIVAL_NOT_FOUND, { zh: '待阅消息', en: 'Arrival' }, id);
  }
}

export const badArrivalIds = (max: number) =>
  new ValidationFailed([
    problem('input.ids', `请选择 1–${max} 条要标记已阅的消息`, `choose 1–${max} arrivals to mark read`),
  ]);
