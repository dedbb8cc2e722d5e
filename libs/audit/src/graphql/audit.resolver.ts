import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentPrincipal, Principal } from '@app/access';
import { AuditService } from '../queries/audit.service';
import {
  AuditKeyType,
  DeadlineComplianceType,
  HistoryFilterInput,
  IncidentAsOfType,
  IncidentBundleFileType,
  IncidentHistoryType,
  IntegrityReportType,
} from './audit.types';
import { toAsOfType, toIntegrityReport } from './audit.mapper';

/** Auditors' questions (DOMAIN §7). Every read by an AUDITOR is itself recorded in the log (auditor-reads plugin). */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => IncidentHistoryType, {
    description:
      '事件的完整历史（含工单、提示函、预警、联动、送达），按日志顺序 / Every event of an incident, in log order',
  })
  incidentHistory(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('filter', { nullable: true }) filter?: HistoryFilterInput,
  ): Promise<IncidentHistoryType> {
    return this.audit.history(p, id, filter ?? {});
  }

  @Query(() => IncidentAsOfType, {
    description: '事件在某一时刻的状态 / The incident as it stood at a moment',
  })
  async incidentAsOf(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('at') at: Date,
  ): Promise<IncidentAsOfType> {
    return toAsOfType(await this.audit.asOf(p, id, at));
  }

  @Query(() => DeadlineComplianceType, {
    description: '事件各工单的时限履行情况 / Deadline compliance of an incident’s tasks',
  })
  deadlineCompliance(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ): Promise<DeadlineComplianceType> {
    return this.audit.incidentCompliance(p, incidentId);
  }

  @Query(() => DeadlineComplianceType, {
    description:
      '某单位在一段时间内收到的工单的时限履行情况 / Deadline compliance of a unit’s tasks dispatched in a period',
  })
  unitDeadlineCompliance(
    @CurrentPrincipal() p: Principal,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<DeadlineComplianceType> {
    return this.audit.unitCompliance(p, unitId, from, to);
  }

  @Query(() => IntegrityReportType, {
    description: '校验一个事件的全部记录未被改动 / Check that nothing of an incident’s record was altered',
  })
  async verifyIncident(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IntegrityReportType> {
    return toIntegrityReport(await this.audit.verifyIncident(p, id), this.audit.publicKey().keyId);
  }

  @Query(() => IncidentBundleFileType, {
    description:
      '导出事件的签名包（先封存未封存的记录）/ Export an incident’s signed bundle (sealing what is not sealed yet)',
  })
  async incidentBundle(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IncidentBundleFileType> {
    const { bundle, text, fileName } = await this.audit.exportBundle(p, id);
    return {
      fileName,
      content: text,
      events: bundle.events.length,
      checkpoints: Object.keys(bundle.sealed).length,
      keyId: bundle.keyId,
      exportedAt: new Date(bundle.exportedAt),
    };
  }

  @Query(() => IntegrityReportType, {
    description:
      '校验事件日志（可限定封存时间段）/ Check the event log, or the checkpoints sealed in a period and the events they cover',
  })
  async verifyLog(
    @CurrentPrincipal() p: Principal,
    @Args('from', { nullable: true, type: () => Date }) from?: Date,
    @Args('to', { nullable: true, type: () => Date }) to?: Date,
  ): Promise<IntegrityReportType> {
    return toIntegrityReport(
      await this.audit.verifyLog(p, from ?? undefined, to ?? undefined),
      this.audit.publicKey().keyId,
    );
  }

  @Query(() => AuditKeyType, {
    description:
      '本部署的审计签名公钥：离线校验导出文件时用 / The public key offline verifiers check bundles with',
  })
  auditPublicKey(): AuditKeyType {
    return this.audit.publicKey();
  }
}
