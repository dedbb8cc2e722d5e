import { TreeSelect, type TreeSelectProps } from 'antd';

/**
 * A unit from the county's tree, found by typing part of its name; `many` picks several with check boxes (a
 * parent's box stands for its units). Form.Item hands it value and onChange like any input.
 */
export function UnitPicker({ many, ...props }: TreeSelectProps & { many?: boolean }) {
  return (
    <TreeSelect
      virtual={false}
      showSearch
      treeNodeFilterProp="title"
      {...(many ? { multiple: true, treeCheckable: true, showCheckedStrategy: TreeSelect.SHOW_CHILD } : {})}
      {...props}
    />
  );
}
