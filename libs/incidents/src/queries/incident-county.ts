import { Injectable } from '@nestjs/common';
import { WORKING_UNIT_KINDS } from '@app/access';
import { problem, ValidationFailed } from '@app/kernel';
import { DEFAULT_LINKAGE_THRESHOLD, OrganizationDirectory, spreadCriteriaInForce } from '@app/organization';
import { SpreadThreshold } from '../domain/spread-grade';
import { LinkageFacts } from '../domain/incident.decider';
import { Grade } from '../domain/incident.enums';
import { IncidentView } from '../projections/incident-view.entity';

/** The county's linkage threshold, or the default (II) where it has set none. */
export function linkageThreshold(county: { linkageThresholdGrade: string | null } | null): Grade {
  return (county?.linkageThresholdGrade ?? DEFAULT_LINKAGE_THRESHOLD) as Grade;
}

/** What incident commands and the linkage proposal read of the incident's county (organization's facts). */
@Injectable()
export class IncidentCounty {
  constructor(private readonly organization: OrganizationDirectory) {}

  /** The county's "1+3" and its threshold, as the linkage decision needs them. */
  async linkageFacts(view: IncidentView): Promise<LinkageFacts> {
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    const core = [county?.cyberspaceUnitId, county?.policeUnitId, county?.stateSecurityUnitId].filter(
      (u): u is string => !!u,
    );
    return {
      propagandaUnitId: county?.propagandaUnitId ?? null,
      coreUnitIds: core,
      thresholdGrade: linkageThreshold(county),
    };
  }

  /** The county's 传播分级标准 in force (its own, or the platform's defaults). */
  async spreadCriteria(countyId: string | null): Promise<SpreadThreshold[]> {
    const county = countyId ? await this.organization.countyFacts(countyId) : null;
    return spreadCriteriaInForce(county?.spreadCriteria);
  }

  /** The city office above the incident's county (双重报告 reaches it), or null where none is set. */
  async cityOfficeUnitId(view: IncidentView): Promise<string | null> {
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    return county?.cityOfficeUnitId ?? null;
  }

  /**
   * The N of a linkage and a warning's scope are units of the incident's own county (004 §五(二)): a unit of
   * another county would be shown the incident. Checked before anything is written; the policy still decides
   * whether the caller may.
   */
  async requireCountyUnits(view: IncidentView, unitIds: string[], field: string): Promise<void> {
    const known = await this.organization.unitFacts(unitIds);
    const problems = unitIds.flatMap((id, k) => {
      const u = known.get(id);
      if (u?.active === false)
        return [problem(`${field}[${k}]`, '该单位已停用', 'that unit is out of service')];
      return u && u.countyId === view.countyId && WORKING_UNIT_KINDS.includes(u.kind)
        ? []
        : [
            problem(
              `${field}[${k}]`,
              '须为本县的部门、乡镇或村（社区）',
              'must be a department, township or village of the county',
            ),
          ];
    });
    if (problems.length) throw new ValidationFailed(problems);
  }
}
