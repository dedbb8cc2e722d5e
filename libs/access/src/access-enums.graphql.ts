import { registerEnumType } from '@nestjs/graphql';
import { Role, ROLE_LABELS, UNIT_KIND_LABELS, UnitKind } from './domain/unit-kind';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: '单位类型 / Kind of unit',
  valuesMap: Object.fromEntries(
    Object.values(UnitKind).map((k) => [
      k,
      { description: `${UNIT_KIND_LABELS[k].zh} / ${UNIT_KIND_LABELS[k].en}` },
    ]),
  ),
});

registerEnumType(Role, {
  name: 'Role',
  description: '角色 / Role',
  valuesMap: Object.fromEntries(
    Object.values(Role).map((r) => [r, { description: `${ROLE_LABELS[r].zh} / ${ROLE_LABELS[r].en}` }]),
  ),
});
