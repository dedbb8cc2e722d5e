import { useUnits } from '../../lib/units';

/** A handling plan's substance as every page shows it: measures, the units carrying it out, the timing. */
export function PlanMeasures({
  plan,
}: {
  plan: { measures: string; unitIds: readonly string[]; timing: string };
}) {
  const units = useUnits();
  return (
    <div className="inbox-req">
      措施：{plan.measures}
      <br />
      责任单位：{plan.unitIds.map((u) => units.name(u)).join('、')}
      <br />
      时限：{plan.timing}
    </div>
  );
}
