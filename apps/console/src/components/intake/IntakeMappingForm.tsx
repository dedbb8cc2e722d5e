import { Button, Descriptions, Form, Input } from 'antd';
import { IMPORT_FIELDS } from './intake-source-queries';

export type Columns = { field: string; column: string }[];

/** The saved mapping as one form value per field (empty where no column fills it). */
const valuesOf = (columns: Columns) => Object.fromEntries(columns.map((c) => [c.field, c.column]));

/**
 * 列对应关系: which column header of a monitoring service's export fills each field. Editable where the session may
 * manage the county's sources; read-only for the rest (the API keeps it per source).
 */
export function IntakeMappingForm({
  columns,
  editable,
  saving,
  onSave,
  headers,
}: {
  columns: Columns;
  editable: boolean;
  saving?: boolean;
  onSave?: (columns: Columns) => void;
  /** The uploaded file's own headers, when known: offered as hints. */
  headers?: string[];
}) {
  if (!editable)
    return columns.length ? (
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="intake-mapping-view">
        {IMPORT_FIELDS.filter((f) => columns.some((c) => c.field === f.field)).map((f) => (
          <Descriptions.Item key={f.field} label={f.label}>
            {columns.find((c) => c.field === f.field)?.column}
          </Descriptions.Item>
        ))}
      </Descriptions>
    ) : (
      <span data-testid="intake-mapping-view">尚未保存列对应关系，请联系县系统管理员配置</span>
    );
  return (
    <Form
      layout="vertical"
      initialValues={valuesOf(columns)}
      key={JSON.stringify(columns)}
      data-testid="intake-mapping-form"
      onFinish={(v: Record<string, string | undefined>) =>
        onSave?.(
          IMPORT_FIELDS.flatMap((f) => {
            const column = v[f.field]?.trim();
            return column ? [{ field: f.field, column }] : [];
          }),
        )
      }
    >
      <div className="intake-mapping-grid">
        {IMPORT_FIELDS.map((f) => (
          <Form.Item
            key={f.field}
            name={f.field}
            label={f.label}
            rules={f.required ? [{ required: true, message: `请填写“${f.label}”所在的列名` }] : []}
            style={{ marginBottom: 8 }}
          >
            <Input
              placeholder={headers?.length ? `表头中的列名，如 ${headers[0]}` : '表头中的列名'}
              data-testid={`intake-mapping-${f.field}`}
            />
          </Form.Item>
        ))}
      </div>
      <Button htmlType="submit" type="primary" loading={saving} data-testid="intake-mapping-save">
        保存列对应关系
      </Button>
    </Form>
  );
}
