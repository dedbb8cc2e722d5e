import { Checkbox, Form, Select } from 'antd';
import { FormModal } from './FormModal';
import { graphql } from '../gql';
import { releaseChannels, useCountyName } from '../lib/county';
import { useSubmit } from '../lib/submit';

const PUBLISH = graphql(`
  mutation ConsolePublishStatement($input: PublishStatementInput!) {
    publishStatement(input: $input) {
      id
      status
      version
      channels
    }
  }
`);

export interface PublishTarget {
  id: string;
  version: number;
  title: string;
}

interface PublishForm {
  channels?: string[];
  other?: string[];
}

/**
 * The spokesperson publishes an approved statement on the channels chosen here (seed 001: 新闻公报、声明, answers by
 * phone and mail, the spokesperson): the county's own release accounts are offered and ticked, its government
 * website and a press conference offered, and any other outlet can be named (a 融媒体中心, a newspaper).
 */
export function PublishStatementModal({
  statement,
  onClose,
  onPublished,
}: {
  statement: PublishTarget | null;
  onClose: () => void;
  onPublished: () => void;
}) {
  const county = useCountyName();
  const publish = useSubmit(PUBLISH);
  const own = releaseChannels(county);
  const offered = [...own, county ? `${county}人民政府网站` : '县政府网站', '新闻发布会'];
  return (
    <FormModal<PublishForm>
      open={!!statement}
      title={`发布：${statement?.title ?? ''}`}
      okText="发布"
      loading={publish.loading}
      initialValues={{ channels: own }}
      testId="publish-statement"
      onClose={onClose}
      onSubmit={async (f) => {
        const ticked = f.channels ?? [];
        // In the order offered, then the named ones: the record reads the same whatever order they were ticked in.
        const channels = [...offered.filter((c) => ticked.includes(c)), ...(f.other ?? [])];
        const r = await publish.run(
          { input: { statementId: statement!.id, channels, expectedVersion: statement!.version } },
          '已发布',
        );
        if (r) onPublished();
        return !!r;
      }}
    >
      <Form.Item
        name="channels"
        label="发布渠道"
        dependencies={['other']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, ticked?: string[]) =>
              ticked?.length || (getFieldValue('other') as string[] | undefined)?.length
                ? Promise.resolve()
                : Promise.reject(new Error('请至少选择或填写一个发布渠道')),
          }),
        ]}
      >
        <Checkbox.Group options={offered} />
      </Form.Item>
      <Form.Item name="other" label="其他渠道" extra="如县融媒体中心、报刊；输入名称后按回车">
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={['，', ',', '、']}
          placeholder="可不填"
        />
      </Form.Item>
    </FormModal>
  );
}
