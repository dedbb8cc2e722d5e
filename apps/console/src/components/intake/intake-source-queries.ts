import { graphql } from '../../gql';

export const INTAKE_SOURCES = graphql(`
  query ConsoleIntakeSources {
    intakeSources {
      id
      name
      kind
      ownerUnitId
      keyPrefix
      keyIssuedAt
      columns {
        field
        column
      }
    }
  }
`);

export const CONFIGURE_INTAKE_SOURCE = graphql(`
  mutation ConsoleConfigureIntakeSource($input: ConfigureIntakeSourceInput!) {
    configureIntakeSource(input: $input) {
      id
    }
  }
`);

export const ROTATE_INTAKE_KEY = graphql(`
  mutation ConsoleRotateIntakeKey($sourceId: ID!) {
    rotateIntakeSourceKey(sourceId: $sourceId) {
      key
      source {
        id
        name
        keyPrefix
        keyIssuedAt
      }
    }
  }
`);

export const SET_INTAKE_MAPPING = graphql(`
  mutation ConsoleSetIntakeMapping($input: SetIntakeColumnMappingInput!) {
    setIntakeColumnMapping(input: $input) {
      id
      columns {
        field
        column
      }
    }
  }
`);

export const PREVIEW_INTAKE_IMPORT = graphql(`
  mutation ConsolePreviewIntakeImport($input: IntakeFileInput!) {
    previewIntakeImport(input: $input) {
      ...ConsoleIntakeImport
    }
  }
`);

export const IMPORT_INTAKE_FILE = graphql(`
  mutation ConsoleImportIntakeFile($input: IntakeFileInput!) {
    importIntakeFile(input: $input) {
      ...ConsoleIntakeImport
    }
  }
`);

export const INTAKE_IMPORT_FIELDS = graphql(`
  fragment ConsoleIntakeImport on IntakeImport {
    rows
    importable
    created
    merged
    repeated
    accepted {
      row
      url
      platform
      author
      title
      publishedAt
    }
    refused {
      row
      problems {
        field
        message
      }
    }
  }
`);

export const ENTER_INTAKE_ITEM = graphql(`
  mutation ConsoleEnterIntakeItem($input: EnterIntakeItemInput!) {
    enterIntakeItem(input: $input) {
      id
      status
    }
  }
`);

/** The fields an export's columns can fill, in the order the mapping form lists them; * marks the required. */
export const IMPORT_FIELDS: { field: string; label: string; required?: boolean }[] = [
  { field: 'id', label: '来源编号（去重依据）', required: true },
  { field: 'url', label: '链接' },
  { field: 'platform', label: '平台', required: true },
  { field: 'author', label: '作者' },
  { field: 'title', label: '标题' },
  { field: 'text', label: '正文', required: true },
  { field: 'publishedAt', label: '发布时间', required: true },
  { field: 'posts', label: '发帖数' },
  { field: 'reposts', label: '转发数' },
  { field: 'comments', label: '评论数' },
  { field: 'views', label: '阅读/浏览数' },
  { field: 'mainstreamMediaPickups', label: '主流媒体转载数' },
  { field: 'replyDueAt', label: '回复时限（留言板/信箱）' },
];
