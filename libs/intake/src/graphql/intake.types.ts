import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, registerLabelledEnum } from '@app/graphql';
import {
  INTAKE_ITEM_STATUS_LABELS,
  INTAKE_SOURCE_KIND_LABELS,
  IntakeItemStatus,
  IntakeSourceKind,
  WATCH_ENTRY_KIND_LABELS,
  WatchEntryKind,
  WatchMatchField,
} from '../domain/intake.events';
import { IntakeReceipt } from '../commands/receive-intake-items/receive-intake-items.command';

registerLabelledEnum(
  IntakeSourceKind,
  'IntakeSourceKind',
  '线索来源类型 / Kind of intake source',
  INTAKE_SOURCE_KIND_LABELS,
);
registerLabelledEnum(
  IntakeItemStatus,
  'IntakeItemStatus',
  '线索状态 / Intake item status',
  INTAKE_ITEM_STATUS_LABELS,
);
registerLabelledEnum(
  WatchEntryKind,
  'IntakeWatchEntryKind',
  '关注清单条目类型 / Kind of watch-list entry',
  WATCH_ENTRY_KIND_LABELS,
);
registerLabelledEnum(WatchMatchField, 'IntakeWatchMatchField', '命中位置 / Where the words were found', {
  TITLE: { zh: '标题', en: 'Title' },
  TEXT: { zh: '正文', en: 'Text' },
  AUTHOR: { zh: '作者', en: 'Author' },
  URL: { zh: '链接', en: 'URL' },
});
registerLabelledEnum(IntakeReceipt, 'IntakeReceipt', '线索接收结果 / What became of a received item', {
  CREATED: { zh: '新线索', en: 'A new item' },
  MERGED: { zh: '与已有线索合并', en: 'Joined an item with the same URL' },
  REPEATED: { zh: '重复推送，未改变', en: 'A repeat; nothing changed' },
  UPDATED: { zh: '新的传播数据读数', en: 'New figures for an item already here' },
});

/** What an item allows its viewer to do next (`IntakeItem.allowedActions`, ADR 0017). */
export enum IntakeItemAction {
  registerIntakeItems = 'registerIntakeItems',
  attachIntakeItems = 'attachIntakeItems',
  archiveIntakeItems = 'archiveIntakeItems',
  markIntakeItemReplied = 'markIntakeItemReplied',
}
registerLabelledEnum(IntakeItemAction, 'IntakeItemAction', '线索可执行的操作 / What the item allows next', {
  registerIntakeItems: { zh: '登记为新事件', en: 'registerIntakeItems' },
  attachIntakeItems: { zh: '并入已有事件', en: 'attachIntakeItems' },
  archiveIntakeItems: { zh: '归档', en: 'archiveIntakeItems' },
  markIntakeItemReplied: { zh: '标记留言已回复', en: 'markIntakeItemReplied' },
});

@ObjectType('IntakeColumn', { description: '导入列对应 / Which column fills a field' })
export class IntakeColumnType {
  @Field()
  field!: string;
  @Field()
  column!: string;
}

@ObjectType('IntakeSource', { description: '线索来源（监测服务、网警、留言板……）/ A monitoring source' })
export class IntakeSourceType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => IntakeSourceKind)
  kind!: IntakeSourceKind;

  @Field(() => ID, { description: '所属单位 / Owning unit' })
  ownerUnitId!: string;

  @Field(() => String, {
    nullable: true,
    description: '当前密钥的前几位（密钥本身不再显示）/ First characters of the key',
  })
  keyPrefix!: string | null;

  @Field(() => Date, { nullable: true })
  keyIssuedAt!: Date | null;

  @Field(() => [IntakeColumnType], { description: '导入列对应关系 / Column mapping for imports' })
  columns!: IntakeColumnType[];
}

@ObjectType('IssuedIntakeKey', { description: '新密钥（仅此一次显示）/ A new API key, shown once' })
export class IssuedIntakeKeyType {
  @Field(() => IntakeSourceType)
  source!: IntakeSourceType;

  @Field({ description: '接入密钥，请立即妥善保存 / The key: store it now' })
  key!: string;
}

@ObjectType('IntakeSpread', { description: '传播数据 / Spread figures' })
export class IntakeSpreadType {
  @Field(() => Int)
  posts!: number;
  @Field(() => Int)
  reposts!: number;
  @Field(() => Int)
  comments!: number;
  @Field(() => Int)
  views!: number;
  @Field(() => Int, { description: '主流媒体转载数 / Mainstream media pick-ups' })
  mainstreamMediaPickups!: number;
}

@ObjectType('IntakeSightingPost', {
  description: '该来源报送的原帖（并入他源先报的线索时照原样保存）/ The post as this source sent it',
})
export class IntakeSightingPostType {
  @Field(() => String, { nullable: true })
  url!: string | null;
  @Field()
  platform!: string;
  @Field()
  author!: string;
  @Field()
  title!: string;
  @Field()
  text!: string;
  @Field()
  publishedAt!: Date;
}

@ObjectType('IntakeSighting', { description: '某一来源对该线索的报送 / One source reporting the item' })
export class IntakeSightingType {
  @Field(() => ID)
  sourceId!: string;
  @Field()
  sourceName!: string;
  @Field({ description: '来源自己的编号 / The source’s own id' })
  externalId!: string;
  @Field()
  at!: Date;
  @Field(() => IntakeSpreadType)
  spread!: IntakeSpreadType;
  @Field(() => IntakeSightingPostType, {
    nullable: true,
    description:
      '并入时该来源报送的原帖（URL、作者、标题、正文）；首报来源、读数及早先的记录为空 / What this source sent when it joined an item another source brought first; null for the first source, for readings and for sightings recorded before it was kept',
  })
  post!: IntakeSightingPostType | null;
}

@ObjectType('IntakeWatchHit', { description: '命中的关注词 / What matched a watch list' })
export class IntakeWatchHitType {
  @Field()
  list!: string;
  @Field()
  term!: string;
}

@ObjectType('IntakeWatchMatch', {
  description: '到达时命中的关注清单条目（按当时的清单记录）/ A watch-list entry the item matched on arrival',
})
export class IntakeWatchMatchType {
  @Field(() => ID)
  entryId!: string;
  @Field(() => WatchEntryKind)
  kind!: WatchEntryKind;
  @Field({ description: '条目名称 / The entry’s name' })
  name!: string;
  @Field({ description: '线索中命中的文字 / The words found in the item' })
  matched!: string;
  @Field(() => WatchMatchField)
  field!: WatchMatchField;
}

@ObjectType('IntakeWatchEntry', { description: '关注清单/风险库条目 / An entry of the county’s watch list' })
export class IntakeWatchEntryType {
  @Field(() => ID)
  id!: string;
  @Field(() => WatchEntryKind)
  kind!: WatchEntryKind;
  @Field()
  name!: string;
  @Field({ description: '说明 / Note' })
  note!: string;
  @Field(() => String, { nullable: true, description: '截止日期（含当日，YYYY-MM-DD）/ Last day in force' })
  endsOn!: string | null;
  @Field({ description: '当前生效 / In force now' })
  inForce!: boolean;
  @Field()
  addedAt!: Date;
  @Field()
  changedAt!: Date;
  @Field(() => Date, { nullable: true, description: '停用时间 / When it was retired' })
  retiredAt!: Date | null;
}

@InputType('IntakeWatchEntryInput', { description: '关注清单条目 / A watch-list entry' })
export class IntakeWatchEntryInput {
  @Field(() => WatchEntryKind)
  kind!: WatchEntryKind;
  @Field({ description: '关键词、区域、项目、纠纷或节点的名称 / The name to look for' })
  name!: string;
  @Field(() => String, { nullable: true })
  note?: string | null;
  @Field(() => String, { nullable: true, description: '截止日期 YYYY-MM-DD / Last day in force' })
  endsOn?: string | null;
}

@ObjectType('IntakeItem', { description: '舆情线索 / An item from the monitors, waiting for or past triage' })
export class IntakeItemType {
  @Field(() => ID)
  id!: string;
  @Field(() => IntakeItemStatus)
  status!: IntakeItemStatus;
  @Field(() => IntakeSourceKind)
  sourceKind!: IntakeSourceKind;
  @Field(() => [IntakeSightingType], {
    description: '报送来源（合并后可有多个）/ Every source that reported it',
  })
  sources!: IntakeSightingType[];

  @Field(() => [IntakeSightingType], {
    description:
      '传播数据读数：首次、其他来源及此后的每次报送，按到达先后 / Every report of figures, in the order they came',
  })
  readings!: IntakeSightingType[];
  @Field(() => String, { nullable: true })
  url!: string | null;
  @Field({ description: '平台（Platform 的取值）/ Platform' })
  platform!: string;
  @Field()
  author!: string;
  @Field()
  title!: string;
  @Field()
  text!: string;
  @Field()
  publishedAt!: Date;
  @Field()
  receivedAt!: Date;
  @Field(() => IntakeSpreadType, { description: '各来源报送的最高值 / The highest figures reported' })
  spread!: IntakeSpreadType;
  @Field({ description: '命中关注清单 / Matched a watch list' })
  flagged!: boolean;
  @Field(() => [IntakeWatchHitType])
  watchHits!: IntakeWatchHitType[];
  @Field(() => [IntakeWatchMatchType], {
    description: '到达时命中的关注清单条目 / What of the watch list matched on arrival',
  })
  watchMatches!: IntakeWatchMatchType[];
  @Field(() => ID, { nullable: true, description: '登记或并入的事件 / The incident it became or joined' })
  incidentId!: string | null;
  @Field(() => String, { nullable: true })
  archiveReason!: string | null;
  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: '留言的回复时限（领导留言板、书记县长信箱）/ The message’s reply deadline',
  })
  replyDueAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '标记已回复的时间 / When it was marked replied' })
  repliedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '回复情况 / How it was answered' })
  replyNote!: string | null;
  @Field(() => [IntakeItemAction])
  allowedActions!: IntakeItemAction[];
}

export const IntakeItemConnection = ConnectionType(IntakeItemType, 'IntakeItem');

@ObjectType('IntakeDecisionOutcome', {
  description: '批量研判中每条线索的结果 / What became of one item of a batch',
})
export class IntakeDecisionOutcomeType {
  @Field(() => ID)
  itemId!: string;
  @Field(() => IntakeItemType, { nullable: true })
  item!: IntakeItemType | null;
  @Field(() => String, { nullable: true, description: '错误代码（成功时为空）/ Error code, when refused' })
  errorCode!: string | null;
  @Field(() => String, { nullable: true })
  errorReason!: string | null;
  @Field(() => String, { nullable: true, description: '错误说明 / Why it was refused' })
  errorMessage!: string | null;
}

@ObjectType('IntakeRegistration', { description: '由线索登记的新事件 / The incident registered from items' })
export class IntakeRegistrationType {
  @Field(() => ID)
  incidentId!: string;
  @Field(() => [IntakeDecisionOutcomeType])
  outcomes!: IntakeDecisionOutcomeType[];
}

@InputType('ConfigureIntakeSourceInput', { description: '配置线索来源 / Configure a source' })
export class ConfigureIntakeSourceInput {
  @Field(() => ID, { nullable: true, description: '修改已有来源时填写 / To change an existing source' })
  sourceId?: string | null;
  @Field()
  name!: string;
  @Field(() => IntakeSourceKind)
  kind!: IntakeSourceKind;
  @Field(() => ID)
  ownerUnitId!: string;
}

@InputType('IntakeSpreadInput')
export class IntakeSpreadInput {
  @Field(() => Int, { nullable: true })
  posts?: number;
  @Field(() => Int, { nullable: true })
  reposts?: number;
  @Field(() => Int, { nullable: true })
  comments?: number;
  @Field(() => Int, { nullable: true })
  views?: number;
  @Field(() => Int, { nullable: true })
  mainstreamMediaPickups?: number;
}

@InputType('EnterIntakeItemInput', { description: '人工录入线索（本单位）/ Enter an item by hand' })
export class EnterIntakeItemInput {
  @Field(() => String, { nullable: true })
  url?: string | null;
  @Field()
  platform!: string;
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field()
  text!: string;
  @Field(() => String, { nullable: true })
  author?: string | null;
  @Field()
  publishedAt!: Date;
  @Field(() => IntakeSpreadInput, { nullable: true })
  spread?: IntakeSpreadInput | null;
  @Field(() => Date, {
    nullable: true,
    description: '回复时限（领导留言板、书记县长信箱的留言）/ The message’s reply deadline',
  })
  replyDueAt?: Date | null;
}

@InputType('MarkIntakeItemRepliedInput', { description: '标记留言已回复 / Mark a message replied' })
export class MarkIntakeItemRepliedInput {
  @Field(() => ID)
  itemId!: string;
  @Field({ description: '回复情况：由谁、在何处、如何回复 / By whom and how it was answered' })
  note!: string;
}

@InputType('RegisterIntakeItemsInput', {
  description:
    '登记为新事件：第一条线索预填事件，其余并入 / Register: the first item pre-fills, the rest attach',
})
export class RegisterIntakeItemsInput {
  @Field(() => [ID])
  itemIds!: string[];
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field(() => String, { nullable: true })
  excerpt?: string | null;
  @Field(() => Boolean, { nullable: true })
  confidential?: boolean | null;
}

@InputType('AttachIntakeItemsInput', { description: '并入已有事件 / Attach items to an incident' })
export class AttachIntakeItemsInput {
  @Field(() => [ID])
  itemIds!: string[];
  @Field(() => ID)
  incidentId!: string;
}

@InputType('ArchiveIntakeItemsInput', { description: '归档并说明理由 / Archive items with a reason' })
export class ArchiveIntakeItemsInput {
  @Field(() => [ID])
  itemIds!: string[];
  @Field()
  reason!: string;
}

@InputType('IntakeColumnInput', { description: '导入列对应 / Which column fills a field' })
export class IntakeColumnInput {
  @Field({
    description:
      '字段：id, url, platform, author, title, text, publishedAt, posts, reposts, comments, views, mainstreamMediaPickups, replyDueAt',
  })
  field!: string;
  @Field({ description: '表头中的列名 / The column header' })
  column!: string;
}

@InputType('SetIntakeColumnMappingInput', {
  description: '保存来源的导入列对应关系 / Save a source’s column mapping',
})
export class SetIntakeColumnMappingInput {
  @Field(() => ID)
  sourceId!: string;
  @Field(() => [IntakeColumnInput])
  columns!: IntakeColumnInput[];
}

@InputType('IntakeFileInput', { description: '导出的 Excel（.xlsx）或 CSV 文件 / An export file' })
export class IntakeFileInput {
  @Field(() => ID)
  sourceId!: string;
  @Field()
  fileName!: string;
  @Field({ description: '文件内容（Base64）/ The file, base64' })
  contentBase64!: string;
}

@ObjectType('IntakeRowProblem', { description: '某行某字段的问题 / A problem of a row' })
export class IntakeRowProblemType {
  @Field()
  field!: string;
  @Field()
  message!: string;
}

@ObjectType('IntakeRefusedRow', { description: '不能导入的行及原因 / A row that will not import, and why' })
export class IntakeRefusedRowType {
  @Field(() => Int, { description: '表格中的行号（表头为第 1 行）/ Row number' })
  row!: number;
  @Field(() => [IntakeRowProblemType])
  problems!: IntakeRowProblemType[];
}

@ObjectType('IntakeAcceptedRow', { description: '可导入（或已导入）的行 / A row that will import' })
export class IntakeAcceptedRowType {
  @Field(() => Int, { description: '表格中的行号（表头为第 1 行）/ Row number' })
  row!: number;
  @Field(() => String, { nullable: true })
  url!: string | null;
  @Field()
  platform!: string;
  @Field()
  author!: string;
  @Field()
  title!: string;
  @Field()
  publishedAt!: Date;
}

@ObjectType('IntakeImport', { description: '导入预览或结果 / An import’s preview or result' })
export class IntakeImportType {
  @Field(() => Int)
  rows!: number;
  @Field(() => Int, { description: '可导入的行数 / Rows that will import' })
  importable!: number;
  @Field(() => [IntakeAcceptedRowType], { description: '可导入的行 / The rows that will import' })
  accepted!: IntakeAcceptedRowType[];
  @Field(() => [IntakeRefusedRowType])
  refused!: IntakeRefusedRowType[];
  @Field(() => Int)
  created!: number;
  @Field(() => Int)
  merged!: number;
  @Field(() => Int)
  repeated!: number;
}
