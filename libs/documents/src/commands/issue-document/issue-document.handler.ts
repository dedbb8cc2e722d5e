import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata, SerialNumbers } from '@app/event-store';
import { beijingDay, deterministicUuid } from '@app/kernel';
import { deliverToInbox, InboxChangeKind, InboxRef } from '@app/inbox';
import { OrganizationDirectory } from '@app/organization';
import {
  Classification,
  classificationMark,
  DOCUMENT_KIND_RULES,
  stricter,
  Urgency,
  urgencyMark,
} from '../../domain/document-kind';
import { documentDecider } from '../../domain/document.decider';
import { DocumentError, documentError } from '../../domain/document.errors';
import {
  DOCUMENT_SERIAL_STREAM_TYPE,
  DOCUMENT_STREAM_TYPE,
  DocumentEventType,
  documentSerialStreamId,
  documentStreamId,
} from '../../domain/document.events';
import { outwardNotice } from '../../domain/outward-notice';
import { verificationCodeOf } from '../../domain/verification-code';
import { verificationLinkOf } from '../../domain/verification-link';
import { DOCUMENT_OPTIONS, DocumentOptions, sha256Of } from '../../document.service';
import { copyNumber, documentNumber } from '../../layout/gbt9704';
import { LAYOUT_VERSION, renderOfficialDocument } from '../../layout/official-document.layout';
import { RecordSources } from '../../sources/record-sources';
import { IssueDocumentCommand } from './issue-document.command';

/**
 * 发文: the record made into its document under the unit's next 发文字号 of the kind — the number taken, the document
 * recorded with its bytes' hash and its addressees told, all in one transaction. Answers the document's id.
 */
@CommandHandler(IssueDocumentCommand)
export class IssueDocumentHandler implements ICommandHandler<IssueDocumentCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly serials: SerialNumbers,
    private readonly organization: OrganizationDirectory,
    private readonly sources: RecordSources,
    @Inject(DOCUMENT_OPTIONS) private readonly options: DocumentOptions,
  ) {}

  async execute({ principal: p, context: ctx, input }: IssueDocumentCommand): Promise<string> {
    const record = await this.sources.resolve(p, input.kind, input.recordId);
    authorize(p, Action.DocumentIssue, { kind: 'unit', unitId: p.unitId, countyId: p.countyId }, p.unitId);
    if (record.issueCheck) authorize(p, record.issueCheck.action, record.issueCheck.target, input.recordId);
    if (record.issuingUnitId !== p.unitId) {
      const issuer = (await this.organization.unitsByIds(SYSTEM_SCOPE, [record.issuingUnitId]))[0];
      throw documentError(DocumentError.NOT_ISSUING_UNIT, issuer?.name ?? record.issuingUnitId);
    }
    const unit = await this.organization.unit(SYSTEM_SCOPE, p.unitId);
    if (!unit?.documentCode) throw documentError(DocumentError.NO_DOCUMENT_CODE, unit?.name ?? p.unitId);
    const rules = DOCUMENT_KIND_RULES[input.kind];
    const code = `${unit.documentCode}${rules.series}`;
    const classification = input.classification ?? stricter(Classification.INTERNAL, record.classification);
    const urgency = input.urgency ?? Urgency.NORMAL;
    // One document of a kind per record: a second issue is refused by the decider, a retry answered by the key.
    const documentId = deterministicUuid(
      'document',
      input.kind,
      input.recordId,
      ...(record.instance ? [record.instance] : []),
    );
    const verificationCode = verificationCodeOf(documentId);
    const year = Number(beijingDay(ctx.now).slice(0, 4));
    const series = {
      streamId: documentSerialStreamId(p.unitId, input.kind, year),
      streamType: DOCUMENT_SERIAL_STREAM_TYPE,
      eventType: DocumentEventType.Numbered,
      owningUnit: p.unitId,
    };
    return this.serials.allocate(series, async (number, takeNumber) => {
      const printed = documentNumber(code, year, number);
      const built = record.build({
        issuerName: unit.name,
        documentNumber: printed,
        issuedAt: ctx.now.toISOString(),
        signer: record.signer ?? p.userName ?? p.username,
        classificationMark: classificationMark(classification),
        urgencyMark: urgencyMark(urgency),
        copyNumber: classification === Classification.CONFIDENTIAL ? copyNumber(1) : null,
        verificationCode,
      });
      const model = {
        ...built,
        verificationUrl: verificationLinkOf(verificationCode, this.options.linkBase),
      };
      const bytes = await renderOfficialDocument(model, LAYOUT_VERSION);
      await this.executor.execute({
        streamId: documentStreamId(documentId),
        streamType: DOCUMENT_STREAM_TYPE,
        decider: documentDecider,
        command: {
          type: 'IssueDocument',
          recordClassification: record.classification,
          issue: {
            documentId,
            kind: input.kind,
            recordId: input.recordId,
            incidentId: record.incidentId,
            unitId: p.unitId,
            countyId: record.countyId,
            readerUnitIds: [...new Set(record.readerUnitIds)],
            year,
            number,
            code,
            documentNumber: printed,
            classification,
            urgency,
            title: model.title,
            model,
            layoutVersion: LAYOUT_VERSION,
            sha256: sha256Of(bytes),
            byteLength: bytes.length,
            verificationCode,
            issuedBy: p.userId,
            issuedByName: p.userName ?? p.username,
            at: ctx.now.toISOString(),
          },
        },
        owningUnit: p.unitId,
        metadata: commandMetadata('IssueDocument', ctx),
        fingerprintOf: input,
        alsoWithin: async (tx, { events }) => {
          if (!events.length) return;
          // The number and the document are written together, or neither: no gap, no number used twice.
          await takeNumber(
            tx,
            { documentId, unitId: p.unitId, kind: input.kind, year },
            commandMetadata('NumberDocument', ctx),
          );
          // The units it is addressed to hear of it in the same transaction. What leaves the platform from there
          // (e-mail, SMS) is the outward notice: an internal or 涉密 document travels as a reference only.
          const notice = outwardNotice({
            documentId,
            kind: input.kind,
            documentNumber: printed,
            title: model.title,
            classification,
          });
          for (const unitId of new Set(record.addresseeUnitIds))
            await deliverToInbox(tx, ctx, {
              unitId,
              kind: InboxChangeKind.DOCUMENT_ISSUED,
              refType: InboxRef.DOCUMENT,
              refId: documentId,
              incidentId: record.incidentId,
              incidentTitle: notice.withholdContent ? '' : model.title,
              confidential: notice.withholdContent,
              note: notice.subject,
            });
        },
      });
      return documentId;
    });
  }
}
