import { Injectable } from '@nestjs/common';
import { Action, authorize, dataScopeOf, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { NotFound, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { channelNotFound } from '../domain/notification-channels.decider';
import { NotificationDeliveryStatus } from '../domain/notification.events';
import { NotificationChannelView, NotificationDeliveryView } from '../projections/notification-views.entity';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LIST = 200;

/**
 * External notification channels per unit and their deliveries (issue 5), as read: the county's administrator sees
 * what could not be delivered; a unit's leaders see their own. Every read names the unit it is about and is decided
 * by the access policy; the command handlers use the same lookups, so that a channel of a unit the caller may not
 * see does not exist for them either way.
 */
@Injectable()
export class NotificationReader {
  constructor(
    private readonly db: ScopedDb,
    private readonly organization: OrganizationDirectory,
  ) {}

  async channels(p: Principal, unitId: string): Promise<NotificationChannelView[]> {
    await this.authorizeUnit(p, Action.NotificationRead, unitId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(NotificationChannelView, {
        where: { unitId, removed: false },
        order: { configuredAt: 'ASC', channelId: 'ASC' },
      }),
    );
  }

  async deliveries(p: Principal, unitId: string, first: number): Promise<NotificationDeliveryView[]> {
    checkFirst(first);
    await this.authorizeUnit(p, Action.NotificationRead, unitId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(NotificationDeliveryView, {
        where: { unitId },
        order: { arrivedAt: 'DESC', deliveryId: 'ASC' },
        take: first,
      }),
    );
  }

  /** Deliveries of the caller's county that pg-boss gave up on, newest first: the county administrator's list. */
  async deadLetters(p: Principal, first: number): Promise<NotificationDeliveryView[]> {
    checkFirst(first);
    authorize(p, Action.NotificationManage, { kind: 'county', countyId: p.countyId ?? '' });
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(NotificationDeliveryView, {
        where: { countyId: p.countyId ?? '', status: NotificationDeliveryStatus.DEAD },
        order: { arrivedAt: 'DESC', deliveryId: 'ASC' },
        take: first,
      }),
    );
  }

  channel(channelId: string): Promise<NotificationChannelView | null> {
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(NotificationChannelView, { channelId }));
  }

  delivery(deliveryId: string): Promise<NotificationDeliveryView | null> {
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(NotificationDeliveryView, { deliveryId }));
  }

  /** A channel the caller may act on; one of a unit they may not see does not exist, for them. */
  async visibleChannel(p: Principal, action: Action, channelId: string): Promise<NotificationChannelView> {
    if (!UUID.test(channelId)) throw channelNotFound(channelId);
    const found = await this.channel(channelId);
    if (!found) throw channelNotFound(channelId);
    await this.authorizeUnit(p, action, found.unitId).catch((err: unknown) => {
      throw err instanceof NotFound ? channelNotFound(channelId) : err;
    });
    return found;
  }

  /** Decides `action` on the unit; answers the unit's county. */
  async authorizeUnit(p: Principal, action: Action, unitId: string): Promise<string | null> {
    const unit = (await this.organization.unitFacts([unitId])).get(unitId);
    authorize(p, action, { kind: 'unit', unitId, countyId: unit?.countyId ?? null }, unitId);
    return unit?.countyId ?? null;
  }

  async unitExists(unitId: string): Promise<boolean> {
    return unitId.length <= 100 && (await this.organization.unitFacts([unitId])).has(unitId);
  }
}

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LIST)
    throw new ValidationFailed([problem('first', `须为 1–${MAX_LIST}`, `must be 1–${MAX_LIST}`)]);
}
