/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConsoleAssignDutyShift($input: AssignDutyShiftInput!) {\n    assignDutyShift(input: $input) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n": typeof types.ConsoleAssignDutyShiftDocument,
    "\n  query ConsoleIncidentBundle($id: ID!) {\n    incidentBundle(id: $id) {\n      fileName\n      content\n      events\n      checkpoints\n      keyId\n      exportedAt\n    }\n  }\n": typeof types.ConsoleIncidentBundleDocument,
    "\n  query ConsoleAuditKey {\n    auditPublicKey {\n      keyId\n      publicKeyPem\n    }\n  }\n": typeof types.ConsoleAuditKeyDocument,
    "\n  query ConsoleInboxCount {\n    inbox(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ConsoleInboxCountDocument,
    "\n  subscription ConsoleInboxChanged {\n    inboxChanged {\n      kind\n      title\n      note\n      incidentId\n      refType\n      refId\n      at\n      confidential\n    }\n  }\n": typeof types.ConsoleInboxChangedDocument,
    "\n  mutation ConsoleLogout($t: String!) {\n    logout(refreshToken: $t)\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  mutation ConsoleAssignLinkageRoles($input: AssignLinkageRolesInput!) {\n    assignLinkageRoles(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAssignLinkageRolesDocument,
    "\n  mutation ConsoleSetLinkageThreshold($grade: Grade!) {\n    setLinkageThreshold(grade: $grade)\n  }\n": typeof types.ConsoleSetLinkageThresholdDocument,
    "\n  mutation ConsoleSetSecurityPolicy($input: SetSecurityPolicyInput!) {\n    setSecurityPolicy(input: $input) {\n      id\n      requireTotpRoles\n    }\n  }\n": typeof types.ConsoleSetSecurityPolicyDocument,
    "\n  query ConsoleDeadlineMatrix {\n    county {\n      id\n      deadlinePolicy {\n        version\n        remindAtPercent\n        remindBeforeMinutes\n        flashMinutes\n        matrix {\n          grade\n          step\n          minutes\n          onWorkingTime\n          custom\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDeadlineMatrixDocument,
    "\n  mutation ConsoleSetDeadlineRules($input: SetDeadlineRulesInput!) {\n    setDeadlineRules(input: $input) {\n      grade\n      step\n      minutes\n      onWorkingTime\n      custom\n    }\n  }\n": typeof types.ConsoleSetDeadlineRulesDocument,
    "\n  query ConsoleDutyLog($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyLog(unitId: $unitId, from: $from, to: $to) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n      userId\n      userName\n    }\n  }\n": typeof types.ConsoleDutyLogDocument,
    "\n  mutation ConsoleRecordDutyLog($input: RecordDutyLogInput!) {\n    recordDutyLog(input: $input) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n    }\n  }\n": typeof types.ConsoleRecordDutyLogDocument,
    "\n  query ConsoleDutyIncidentChoices($text: String) {\n    incidents(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          reportedAt\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDutyIncidentChoicesDocument,
    "\n  query ConsoleDutyIncidentTitle($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      grade\n    }\n  }\n": typeof types.ConsoleDutyIncidentTitleDocument,
    "\n  query ConsoleLinkageFieldRules {\n    county {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n": typeof types.ConsoleLinkageFieldRulesDocument,
    "\n  mutation ConsoleSetLinkageFieldRules($input: SetLinkageFieldRulesInput!) {\n    setLinkageFieldRules(input: $input) {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n": typeof types.ConsoleSetLinkageFieldRulesDocument,
    "\n  query ConsoleNotificationChannels($unitId: ID) {\n    notificationChannels(unitId: $unitId) {\n      id\n      unitId\n      kind\n      target\n      label\n      audiences\n      enabled\n      configuredAt\n    }\n    notificationDeadLetters(first: 20) {\n      id\n      unitId\n      channelKind\n      target\n      kind\n      lastError\n      attempts\n      arrivedAt\n    }\n  }\n": typeof types.ConsoleNotificationChannelsDocument,
    "\n  mutation ConsoleConfigureChannel($input: ConfigureNotificationChannelInput!) {\n    configureNotificationChannel(input: $input) {\n      channel {\n        id\n      }\n      webhookSecret\n    }\n  }\n": typeof types.ConsoleConfigureChannelDocument,
    "\n  mutation ConsoleRemoveChannel($input: RemoveNotificationChannelInput!) {\n    removeNotificationChannel(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRemoveChannelDocument,
    "\n  mutation ConsoleRetryDelivery($input: RetryNotificationDeliveryInput!) {\n    retryNotificationDelivery(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRetryDeliveryDocument,
    "\n  mutation ConsolePublishStatement($input: PublishStatementInput!) {\n    publishStatement(input: $input) {\n      id\n      status\n      version\n      channels\n    }\n  }\n": typeof types.ConsolePublishStatementDocument,
    "\n  query ConsoleRecordDocuments($recordId: ID!, $kind: DocumentKind!) {\n    documentIssuable(kind: $kind, recordId: $recordId)\n    documents(recordId: $recordId) {\n      id\n      kind\n      documentNumber\n      classification\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n": typeof types.ConsoleRecordDocumentsDocument,
    "\n  mutation ConsoleIssueDocument($input: IssueDocumentInput!) {\n    issueDocument(input: $input) {\n      id\n      documentNumber\n    }\n  }\n": typeof types.ConsoleIssueDocumentDocument,
    "\n  mutation ConsoleSaveSpecialReportDraft($input: SaveSpecialReportDraftInput!) {\n    saveSpecialReportDraft(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n": typeof types.ConsoleSaveSpecialReportDraftDocument,
    "\n  mutation ConsoleWithdrawSpecialReport($input: WithdrawSpecialReportInput!) {\n    withdrawSpecialReport(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n": typeof types.ConsoleWithdrawSpecialReportDocument,
    "\n  mutation ConsoleIssueSpecialReport($id: ID!, $expectedVersion: Int) {\n    issueSpecialReport(id: $id, expectedVersion: $expectedVersion) {\n      ...SpecialReportFields\n    }\n  }\n": typeof types.ConsoleIssueSpecialReportDocument,
    "\n  query ConsoleIncidentSpecialReports($incidentId: ID!) {\n    specialReports(incidentId: $incidentId) {\n      ...SpecialReportFields\n    }\n  }\n": typeof types.ConsoleIncidentSpecialReportsDocument,
    "\n  fragment SpecialReportsCardFields on Incident {\n    id\n    allowedActions\n    title\n    excerpt\n    status\n    platform\n    discoveredAt\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      reasoning\n    }\n    warning {\n      level\n      active\n    }\n    letters {\n      id\n    }\n    tasks {\n      status\n      assigneeUnitId\n    }\n    linkage {\n      active\n      memberUnitIds\n      releasedUnitIds\n    }\n  }\n": typeof types.SpecialReportsCardFieldsFragmentDoc,
    "\n  mutation ConsoleSignTask($input: SignTaskInput!) {\n    signTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": typeof types.ConsoleSignTaskDocument,
    "\n  mutation ConsoleReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": typeof types.ConsoleReturnTaskDocument,
    "\n  mutation ConsoleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": typeof types.ConsoleReportProgressDocument,
    "\n  mutation ConsoleRequestExtension($input: RequestTaskExtensionInput!) {\n    requestTaskExtension(input: $input) {\n      id\n      status\n      version\n      allowedActions\n      pendingExtension {\n        requestedDueAt\n      }\n    }\n  }\n": typeof types.ConsoleRequestExtensionDocument,
    "\n  mutation ConsoleHandIn($input: HandInTaskInput!) {\n    handInTask(input: $input) {\n      id\n      status\n      version\n      late\n      lateByMinutes\n      allowedActions\n    }\n  }\n": typeof types.ConsoleHandInDocument,
    "\n  mutation ConsoleRedispatch($input: RedispatchTaskInput!) {\n    redispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n": typeof types.ConsoleRedispatchDocument,
    "\n  mutation ConsoleReviewTask($input: ReviewTaskInput!) {\n    reviewTask(input: $input) {\n      id\n      status\n      version\n      reworks\n      allowedActions\n    }\n  }\n": typeof types.ConsoleReviewTaskDocument,
    "\n  mutation ConsoleDecideExtension($input: DecideTaskExtensionInput!) {\n    decideTaskExtension(input: $input) {\n      id\n      status\n      version\n      dueAt\n      allowedActions\n    }\n  }\n": typeof types.ConsoleDecideExtensionDocument,
    "\n  mutation ConsoleSupervise($input: SuperviseTaskInput!) {\n    superviseTask(input: $input) {\n      id\n      version\n      allowedActions\n    }\n  }\n": typeof types.ConsoleSuperviseDocument,
    "\n  mutation ConsoleRemind($input: RemindTaskInput!) {\n    remindTask(input: $input) {\n      id\n      version\n      reminders\n    }\n  }\n": typeof types.ConsoleRemindDocument,
    "\n  mutation ConsoleCancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": typeof types.ConsoleCancelTaskDocument,
    "\n  query ConsoleTaskAttachments($id: ID!) {\n    progress: attachments(recordKind: TASK_PROGRESS, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n    handIn: attachments(recordKind: TASK_HAND_IN, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n  }\n": typeof types.ConsoleTaskAttachmentsDocument,
    "\n  mutation ConsoleAttachFile($input: AttachFileInput!) {\n    attachFile(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAttachFileDocument,
    "\n  mutation ConsoleRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.ConsoleRegisterUserDocument,
    "\n  mutation ConsoleChangeUserRoles($input: ChangeUserRolesInput!) {\n    changeUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.ConsoleChangeUserRolesDocument,
    "\n  mutation ConsoleResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleResetUserPasswordDocument,
    "\n  mutation ConsoleDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.ConsoleDeactivateUserDocument,
    "\n  mutation ConsoleUnlockUserSignIn($input: UnlockUserSignInInput!) {\n    unlockUserSignIn(input: $input) {\n      id\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n": typeof types.ConsoleUnlockUserSignInDocument,
    "\n  mutation ConsoleReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n": typeof types.ConsoleReactivateUserDocument,
    "\n  mutation ConsoleChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n": typeof types.ConsoleChangePasswordDocument,
    "\n  mutation ConsoleConference($input: RecordJointConferenceInput!) {\n    recordJointConference(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleConferenceDocument,
    "\n  fragment IncidentDispatchFields on Incident {\n    id\n    grade\n    assessment {\n      nature\n    }\n    tasks {\n      role\n      status\n    }\n  }\n": typeof types.IncidentDispatchFieldsFragmentDoc,
    "\n  fragment DispatchPolicyFields on DeadlinePolicy {\n    feedbackHours\n    defaultHours\n    hardCapHours\n    sameDayForInquiries\n    sameDayLeastMinutes\n    onWorkingTime\n  }\n": typeof types.DispatchPolicyFieldsFragmentDoc,
    "\n  mutation ConsoleDispatch($input: DispatchTaskInput!) {\n    dispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n": typeof types.ConsoleDispatchDocument,
    "\n  fragment IncidentEscalationsFields on Incident {\n    id\n    version\n    escalations {\n      at\n      to\n      summary\n    }\n  }\n": typeof types.IncidentEscalationsFieldsFragmentDoc,
    "\n  mutation ConsoleEscalate($input: EscalateIncidentInput!) {\n    escalateIncident(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleEscalateDocument,
    "\n  fragment IncidentHeaderFields on Incident {\n    id\n    title\n    grade\n    status\n    confidential\n    channel\n    platform\n    discoveredAt\n    reportingUnitId\n    allowedActions\n    assessment {\n      revision\n    }\n    warning {\n      level\n      active\n    }\n    linkage {\n      active\n    }\n  }\n": typeof types.IncidentHeaderFieldsFragmentDoc,
    "\n  fragment IncidentLettersFields on Incident {\n    id\n    title\n    grade\n    letters {\n      id\n      title\n      level\n      risk\n      scope\n      watchPoints\n      requestedMeasures\n      sentAt\n      receiptDueAt\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n": typeof types.IncidentLettersFieldsFragmentDoc,
    "\n  mutation ConsoleSendLetter($input: SendRiskLetterInput!) {\n    sendRiskLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleSendLetterDocument,
    "\n  fragment IncidentLinkageFields on Incident {\n    id\n    version\n    grade\n    status\n    allowedActions\n    linkage {\n      active\n      leadUnitId\n      coreUnitIds\n      memberUnitIds\n      releasedUnitIds\n      reason\n      activatedAt\n      byDecision\n    }\n    conferences {\n      id\n      heldAt\n      participants\n      participantUnitIds\n      decisions\n      followUpTaskIds\n    }\n    tasks {\n      id\n      role\n      assigneeUnitId\n    }\n  }\n": typeof types.IncidentLinkageFieldsFragmentDoc,
    "\n  fragment LinkageCountyFields on County {\n    linkageThresholdGrade\n  }\n": typeof types.LinkageCountyFieldsFragmentDoc,
    "\n  query ConsoleLinkageProposal($id: ID!) {\n    linkageProposal(incidentId: $id) {\n      leadUnitId\n      coreUnitIds\n      proposedMemberUnitIds\n      meetsThreshold\n      thresholdGrade\n    }\n  }\n": typeof types.ConsoleLinkageProposalDocument,
    "\n  mutation ConsoleActivateLinkage($input: ActivateLinkageInput!) {\n    activateLinkage(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleActivateLinkageDocument,
    "\n  mutation ConsoleAddMembers($input: AddLinkageMembersInput!) {\n    addLinkageMembers(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleAddMembersDocument,
    "\n  mutation ConsoleReleaseMember($input: ReleaseLinkageMemberInput!) {\n    releaseLinkageMember(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleReleaseMemberDocument,
    "\n  fragment IncidentOverviewFields on Incident {\n    id\n    version\n    excerpt\n    urls\n    requirements\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      indicators\n      reasoning\n      revision\n    }\n  }\n": typeof types.IncidentOverviewFieldsFragmentDoc,
    "\n  mutation ConsoleAssess($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      version\n      status\n      grade\n    }\n  }\n": typeof types.ConsoleAssessDocument,
    "\n  fragment IncidentReviewFields on Incident {\n    id\n    version\n    review {\n      cause\n      spread\n      result\n      experience\n      problems\n      at\n    }\n  }\n": typeof types.IncidentReviewFieldsFragmentDoc,
    "\n  mutation ConsoleCalm($input: MarkIncidentCalmedInput!) {\n    markIncidentCalmed(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleCalmDocument,
    "\n  mutation ConsoleClose($input: CloseIncidentInput!) {\n    closeIncident(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleCloseDocument,
    "\n  mutation ConsoleReopen($input: ReopenIncidentInput!) {\n    reopenIncident(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleReopenDocument,
    "\n  mutation ConsoleFileReview($input: FileIncidentReviewInput!) {\n    fileIncidentReview(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleFileReviewDocument,
    "\n  fragment IncidentStatementsFields on Incident {\n    id\n    statements {\n      id\n      kind\n      title\n      content\n      status\n      version\n      allowedActions\n    }\n  }\n": typeof types.IncidentStatementsFieldsFragmentDoc,
    "\n  mutation ConsoleDraftStatement($input: DraftStatementInput!) {\n    draftStatement(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleDraftStatementDocument,
    "\n  mutation ConsoleApproveStatement($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleApproveStatementDocument,
    "\n  fragment IncidentTakedownFields on Incident {\n    id\n    allowedActions\n    takedownRequests {\n      id\n      platform\n      itemUrls\n      request\n      sentAt\n      answer\n      answerNote\n      allowedActions\n      sendingUnit {\n        name\n      }\n    }\n  }\n": typeof types.IncidentTakedownFieldsFragmentDoc,
    "\n  mutation ConsoleSendTakedownRequest($input: SendTakedownRequestInput!) {\n    sendTakedownRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleSendTakedownRequestDocument,
    "\n  mutation ConsoleRecordTakedownAnswer($input: RecordTakedownAnswerInput!) {\n    recordTakedownAnswer(input: $input) {\n      id\n      answer\n    }\n  }\n": typeof types.ConsoleRecordTakedownAnswerDocument,
    "\n  fragment IncidentTaskBoardFields on Incident {\n    id\n    version\n    grade\n    listedAt\n    allowedActions\n    tasks {\n      ...TaskCardFields\n    }\n    ...IncidentDispatchFields\n  }\n": typeof types.IncidentTaskBoardFieldsFragmentDoc,
    "\n  mutation ConsoleList($input: ListIncidentInput!) {\n    listIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ConsoleListDocument,
    "\n  mutation ConsoleReferToPolice($input: ReferToPoliceInput!) {\n    referToPolice(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleReferToPoliceDocument,
    "\n  fragment TaskCardFields on Task {\n    id\n    kind\n    role\n    status\n    version\n    assigneeUnitId\n    requirements\n    dueAt\n    hardDueAt\n    deadlineRule\n    overdue\n    late\n    lateByMinutes\n    reworks\n    handedInAt\n    allowedActions\n    pendingExtension {\n      requestedDueAt\n      reason\n    }\n    feedback {\n      factsFound\n      measures\n      result\n      evidence\n    }\n    history {\n      type\n      detail\n      at\n    }\n  }\n": typeof types.TaskCardFieldsFragmentDoc,
    "\n  fragment IncidentTimelineFields on Incident {\n    timeline {\n      at\n      type\n      description\n      action\n      actorName\n      actorUnitName\n    }\n  }\n": typeof types.IncidentTimelineFieldsFragmentDoc,
    "\n  fragment IncidentWarningFields on Incident {\n    id\n    version\n    title\n    grade\n    warning {\n      level\n      active\n      object\n      scope\n      matters\n      measures\n      startAt\n      at\n      reason\n    }\n  }\n": typeof types.IncidentWarningFieldsFragmentDoc,
    "\n  mutation ConsoleWarn($input: IssueWarningInput!) {\n    issueWarning(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ConsoleWarnDocument,
    "\n  mutation ConsoleAdjustWarning($input: AdjustWarningInput!) {\n    adjustWarning(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleAdjustWarningDocument,
    "\n  mutation ConsoleLiftWarning($input: LiftWarningInput!) {\n    liftWarning(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleLiftWarningDocument,
    "\n  query ConsoleIntakeQueue($first: Int, $after: String) {\n    intakeQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          sourceKind\n          url\n          platform\n          author\n          title\n          text\n          publishedAt\n          receivedAt\n          flagged\n          watchHits {\n            list\n            term\n          }\n          spread {\n            posts\n            reposts\n            comments\n            views\n            mainstreamMediaPickups\n          }\n          sources {\n            sourceId\n            sourceName\n            externalId\n          }\n          allowedActions\n        }\n      }\n    }\n  }\n": typeof types.ConsoleIntakeQueueDocument,
    "\n  mutation ConsoleRegisterIntakeItems($input: RegisterIntakeItemsInput!) {\n    registerIntakeItems(input: $input) {\n      incidentId\n      outcomes {\n        itemId\n        errorCode\n        errorReason\n        errorMessage\n      }\n    }\n  }\n": typeof types.ConsoleRegisterIntakeItemsDocument,
    "\n  mutation ConsoleAttachIntakeItems($input: AttachIntakeItemsInput!) {\n    attachIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n": typeof types.ConsoleAttachIntakeItemsDocument,
    "\n  mutation ConsoleArchiveIntakeItems($input: ArchiveIntakeItemsInput!) {\n    archiveIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n": typeof types.ConsoleArchiveIntakeItemsDocument,
    "\n  query ConsoleIntakeIncidents($text: String) {\n    incidents(first: 20, filter: { text: $text, status: [REGISTERED, ASSESSED, WARNED, HANDLING, CALMED] }) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.ConsoleIntakeIncidentsDocument,
    "\n  query ConsoleCountyName {\n    county {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleCountyNameDocument,
    "\n  query ConsoleDashboard($open: [IncidentStatus!]) {\n    gI: incidents(first: 1, filter: { status: $open, grade: [I] }) {\n      totalCount\n    }\n    gII: incidents(first: 1, filter: { status: $open, grade: [II] }) {\n      totalCount\n    }\n    gIII: incidents(first: 1, filter: { status: $open, grade: [III] }) {\n      totalCount\n    }\n    gIV: incidents(first: 1, filter: { status: $open, grade: [IV] }) {\n      totalCount\n    }\n    sREGISTERED: incidents(first: 1, filter: { status: [REGISTERED] }) {\n      totalCount\n    }\n    sASSESSED: incidents(first: 1, filter: { status: [ASSESSED] }) {\n      totalCount\n    }\n    sWARNED: incidents(first: 1, filter: { status: [WARNED] }) {\n      totalCount\n    }\n    sHANDLING: incidents(first: 1, filter: { status: [HANDLING] }) {\n      totalCount\n    }\n    sCALMED: incidents(first: 1, filter: { status: [CALMED] }) {\n      totalCount\n    }\n    open: incidents(first: 60, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n          tasks {\n            id\n            status\n            role\n            dueAt\n            overdue\n            assigneeUnitId\n            handedInAt\n          }\n          letters {\n            id\n            title\n            sentAt\n            receiptDueAt\n            receipts {\n              unitId\n              signed\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDashboardDocument,
    "\n  query ConsoleFigures {\n    dashboard(days: 30) {\n      overdueTasks\n      nearlyDueTasks\n      unsignedLetters\n      trend {\n        day\n        grade\n        count\n      }\n      unitOnTime {\n        unitId\n        unitName\n        tasks\n        handedIn\n        onTime\n        openOverdue\n        onTimeRate\n      }\n    }\n  }\n": typeof types.ConsoleFiguresDocument,
    "\n  fragment ConsoleSessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    requiresTotpEnrollment\n    requiresPasswordChange\n    me {\n      id\n      username\n      displayName\n      roles\n      unit {\n        id\n        kind\n        name\n      }\n    }\n  }\n": typeof types.ConsoleSessionPayloadFragmentDoc,
    "\n  fragment SpecialReportFields on SpecialReport {\n    id\n    incidentId\n    incidentTitle\n    confidential\n    status\n    year\n    number\n    serial\n    title\n    summary\n    analysis\n    suggestions\n    addressees\n    copyUnitIds\n    copyNames\n    draftRevision\n    draftedAt\n    draftedByName\n    issuedAt\n    issuedByName\n    withdrawnAt\n    withdrawnByName\n    withdrawReason\n    allowedActions\n    version\n  }\n": typeof types.SpecialReportFieldsFragmentDoc,
    "\n  query ConsoleUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n    }\n  }\n": typeof types.ConsoleUnitsDocument,
    "\n  query ConsoleAdminSettings {\n    county {\n      id\n      name\n      linkageThresholdGrade\n      requireTotpRoles\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n    holidayCalendar {\n      workingHours\n      years {\n        year\n        source\n        verified\n        loadedByCounty\n        holidays {\n          name\n          from\n          to\n        }\n        makeUpWorkdays\n      }\n    }\n  }\n": typeof types.ConsoleAdminSettingsDocument,
    "\n  mutation ConsoleSetDeadlinePolicy($input: SetDeadlinePolicyInput!) {\n    setDeadlinePolicy(input: $input) {\n      id\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n  }\n": typeof types.ConsoleSetDeadlinePolicyDocument,
    "\n  mutation ConsoleLoadCalendar($input: LoadHolidayCalendarInput!) {\n    loadHolidayCalendar(input: $input) {\n      workingHours\n    }\n  }\n": typeof types.ConsoleLoadCalendarDocument,
    "\n  query ConsoleAuditFind($text: String) {\n    incidents(first: 30, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAuditFindDocument,
    "\n  query ConsoleAuditHistory($id: ID!, $filter: HistoryFilter) {\n    incidentHistory(id: $id, filter: $filter) {\n      title\n      total\n      entries {\n        at\n        kind\n        description\n        actorName\n        actorUnitName\n        command\n        correlationId\n        hash\n        position\n      }\n    }\n  }\n": typeof types.ConsoleAuditHistoryDocument,
    "\n  query ConsoleAuditAsOf($id: ID!, $at: DateTime!) {\n    incidentAsOf(id: $id, at: $at) {\n      exists\n      at\n      status\n      grade\n      nature\n      assessments\n      escalatedTo\n      eventsApplied\n      lastEventAt\n      reviewFiled\n      warning {\n        level\n        active\n      }\n      linkage {\n        active\n        leadUnitId\n        memberUnitIds\n      }\n      letters {\n        letterId\n        recipientUnitIds\n        signedUnitIds\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        dueAt\n        extensionPending\n      }\n      statements {\n        statementId\n        status\n      }\n    }\n  }\n": typeof types.ConsoleAuditAsOfDocument,
    "\n  query ConsoleAuditCompliance($id: ID!) {\n    deadlineCompliance(incidentId: $id) {\n      asOf\n      summary {\n        tasks\n        onTime\n        late\n        openOverdue\n        onTimeRate\n        reworks\n        returns\n        supervisions\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        deadlineRule\n        dispatchedAt\n        originalDueAt\n        dueAt\n        signedAt\n        firstHandedInAt\n        acceptedAt\n        late\n        overdueMinutes\n        extensions {\n          requestedDueAt\n          approved\n          decisionReason\n        }\n        reworks {\n          at\n          reason\n        }\n        supervisions {\n          at\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAuditComplianceDocument,
    "\n  query ConsoleAuditVerify($id: ID!) {\n    verifyIncident(id: $id) {\n      ok\n      verdict\n      eventsChecked\n      streamsChecked\n      checkpointsChecked\n      witnessedCheckpoints\n      unsealedEvents\n      independentWitness {\n        name\n        reachable\n        countersignedThrough\n        notCountersigned\n      }\n      verifiedAt\n      keyId\n      fault {\n        kind\n        message\n        streamId\n        streamVersion\n      }\n    }\n  }\n": typeof types.ConsoleAuditVerifyDocument,
    "\n  fragment DailyReportFiguresFields on DailyReportFigures {\n    newIncidents\n    newByGrade {\n      I\n      II\n      III\n      IV\n      UNGRADED\n    }\n    openIncidents\n    closedThatDay\n    tasksDispatchedThatDay\n    overdueTasks\n  }\n  fragment DailyReportItemFields on DailyReportItem {\n    incidentId\n    title\n    confidential\n    grade\n    status\n    platform\n    reportedAt\n  }\n": typeof types.DailyReportFiguresFieldsFragmentDoc,
    "\n  query ConsoleDailyReports($from: String!, $to: String!) {\n    dailyReports(from: $from, to: $to) {\n      id\n      date\n      revision\n      issuedByName\n      issuedAt\n      figures {\n        newIncidents\n        openIncidents\n        overdueTasks\n      }\n    }\n  }\n": typeof types.ConsoleDailyReportsDocument,
    "\n  query ConsoleDailyReport($id: ID!) {\n    dailyReport(id: $id) {\n      id\n      date\n      revision\n      positive\n      remarks\n      correctionReason\n      recipientNames\n      issuedByName\n      issuedAt\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      revisions {\n        revision\n        issuedByName\n        at\n        correctionReason\n      }\n    }\n  }\n": typeof types.ConsoleDailyReportDocument,
    "\n  query ConsoleDailyReportDraft($date: String!) {\n    dailyReportDraft(date: $date) {\n      date\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      issued {\n        id\n        revision\n        positive\n        remarks\n      }\n    }\n  }\n": typeof types.ConsoleDailyReportDraftDocument,
    "\n  mutation ConsoleIssueDailyReport($input: IssueDailyReportInput!) {\n    issueDailyReport(input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.ConsoleIssueDailyReportDocument,
    "\n  query ConsoleUnitDocuments($unitId: ID) {\n    unitDocuments(unitId: $unitId) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      issuedByName\n      issuedAt\n      sha256\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n": typeof types.ConsoleUnitDocumentsDocument,
    "\n  query ConsoleDocument($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      unitId\n      issuedByName\n      issuedAt\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n": typeof types.ConsoleDocumentDocument,
    "\n  query ConsoleVerifyDocument($code: String!, $sha256: String) {\n    verifyDocument(code: $code, sha256: $sha256) {\n      unitName\n      matches\n      document {\n        id\n        kind\n        documentNumber\n        title\n        issuedAt\n        issuedByName\n        sha256\n      }\n    }\n  }\n": typeof types.ConsoleVerifyDocumentDocument,
    "\n  query ConsoleOnDutyNow($unitId: ID!) {\n    onDutyNow(unitId: $unitId) {\n      id\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n    }\n  }\n": typeof types.ConsoleOnDutyNowDocument,
    "\n  query ConsoleDutyRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyRoster(unitId: $unitId, from: $from, to: $to) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n": typeof types.ConsoleDutyRosterDocument,
    "\n  query ConsoleDutyPeople($unitId: ID!) {\n    users(unitId: $unitId) {\n      id\n      displayName\n      username\n      roles\n      active\n    }\n  }\n": typeof types.ConsoleDutyPeopleDocument,
    "\n  query ConsoleDutyRosterGaps {\n    dutyRosterGaps(days: 7) {\n      from\n      to\n      hours\n    }\n  }\n": typeof types.ConsoleDutyRosterGapsDocument,
    "\n  query ConsoleDutyAllowedActions($unitId: ID!) {\n    dutyAllowedActions(unitId: $unitId)\n  }\n": typeof types.ConsoleDutyAllowedActionsDocument,
    "\n  mutation ConsoleCancelDutyShift($input: CancelDutyShiftInput!) {\n    cancelDutyShift(input: $input) {\n      id\n      cancelled\n    }\n  }\n": typeof types.ConsoleCancelDutyShiftDocument,
    "\n  query ConsoleInbox {\n    inbox(first: 100) {\n      totalCount\n      edges {\n        node {\n          type\n          action\n          dueAt\n          overdue\n          task {\n            id\n            version\n            status\n            role\n            kind\n            dueAt\n            hardDueAt\n            deadlineRule\n            overdue\n            requirements\n            incidentId\n            incidentTitle\n            grade\n            reworks\n            allowedActions\n            assigneeUnitId\n            dispatcherUnitId\n            history {\n              type\n              detail\n              at\n            }\n            feedback {\n              factsFound\n              measures\n              result\n              evidence\n            }\n            pendingExtension {\n              requestedDueAt\n              reason\n            }\n            supervisions {\n              content\n              replyDueAt\n            }\n          }\n          letter {\n            id\n            title\n            level\n            risk\n            scope\n            watchPoints\n            requestedMeasures\n            sentAt\n            receiptDueAt\n            incidentId\n            senderUnitId\n            allowedActions\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleInboxDocument,
    "\n  subscription ConsoleInboxPageChanged {\n    inboxChanged {\n      kind\n      refId\n      at\n    }\n  }\n": typeof types.ConsoleInboxPageChangedDocument,
    "\n  query ConsoleInboxSpecialReports {\n    specialReports {\n      id\n      status\n      serial\n      title\n      issuedAt\n      issuedByName\n    }\n  }\n": typeof types.ConsoleInboxSpecialReportsDocument,
    "\n  mutation ConsoleSignLetter($id: ID!) {\n    signRiskLetter(letterId: $id) {\n      id\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n": typeof types.ConsoleSignLetterDocument,
    "\n  query ConsoleIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      ...IncidentHeaderFields\n      ...IncidentOverviewFields\n      ...IncidentWarningFields\n      ...IncidentTaskBoardFields\n      ...IncidentLettersFields\n      ...SpecialReportsCardFields\n      ...IncidentLinkageFields\n      ...IncidentStatementsFields\n      ...IncidentTakedownFields\n      ...IncidentTimelineFields\n      ...IncidentEscalationsFields\n      ...IncidentReviewFields\n    }\n    county {\n      ...LinkageCountyFields\n      deadlinePolicy {\n        ...DispatchPolicyFields\n      }\n    }\n  }\n": typeof types.ConsoleIncidentDocument,
    "\n  subscription ConsoleIncidentEvents($id: ID!) {\n    incidentEvents(incidentId: $id) {\n      position\n      type\n      action\n      at\n    }\n  }\n": typeof types.ConsoleIncidentEventsDocument,
    "\n  query ConsoleIncidents($first: Int, $after: String, $filter: IncidentFilter) {\n    incidents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          platform\n          channel\n          reportedAt\n          reportingUnitId\n          confidential\n          linkage {\n            active\n          }\n          assessment {\n            field\n            nature\n          }\n          tasks {\n            id\n            status\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleIncidentsDocument,
    "\n  mutation ConsoleReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReportIncidentDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleEnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.ConsoleEnrollTotpDocument,
    "\n  mutation ConsoleConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n": typeof types.ConsoleConfirmTotpDocument,
    "\n  query ConsoleOrganization {\n    county {\n      id\n      name\n      requireTotpRoles\n      linkageThresholdGrade\n      linkage {\n        propaganda {\n          id\n        }\n        cyberspace {\n          id\n        }\n        police {\n          id\n        }\n        stateSecurity {\n          id\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n      deactivatedReason\n      deactivatedAt\n      version\n    }\n    users {\n      id\n      username\n      displayName\n      unitId\n      roles\n      active\n      totpEnabled\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n": typeof types.ConsoleOrganizationDocument,
    "\n  mutation ConsoleRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      name\n      kind\n      parentId\n      active\n      version\n    }\n  }\n": typeof types.ConsoleRegisterUnitDocument,
    "\n  mutation ConsoleUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n      version\n    }\n  }\n": typeof types.ConsoleUpdateUnitDocument,
    "\n  mutation ConsoleDeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.ConsoleDeactivateUnitDocument,
    "\n  mutation ConsoleReactivateUnit($unitId: ID!) {\n    reactivateUnit(unitId: $unitId) {\n      id\n      active\n    }\n  }\n": typeof types.ConsoleReactivateUnitDocument,
    "\n  query ConsoleMyAccount($id: ID!) {\n    user(id: $id) {\n      id\n      totpEnabled\n    }\n  }\n": typeof types.ConsoleMyAccountDocument,
    "\n  mutation ConsoleProfileEnrollTotp($input: EnrollTotpInput) {\n    enrollTotp(input: $input) {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.ConsoleProfileEnrollTotpDocument,
    "\n  mutation ConsoleProfileConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n": typeof types.ConsoleProfileConfirmTotpDocument,
    "\n  query ConsoleSpecialReport($id: ID!) {\n    specialReport(id: $id) {\n      ...SpecialReportFields\n    }\n  }\n": typeof types.ConsoleSpecialReportDocument,
    "\n  query ConsoleSpecialReports {\n    specialReports {\n      id\n      incidentId\n      incidentTitle\n      confidential\n      status\n      serial\n      title\n      copyNames\n      draftRevision\n      draftedAt\n      draftedByName\n      issuedAt\n      issuedByName\n      withdrawnAt\n      withdrawnByName\n      withdrawReason\n    }\n  }\n": typeof types.ConsoleSpecialReportsDocument,
    "\n  query ConsoleStatements($status: [StatementStatus!]) {\n    statements(status: $status) {\n      id\n      incidentId\n      kind\n      tier\n      title\n      content\n      status\n      version\n      draftedAt\n      draftingUnitId\n      publishedAt\n      channels\n      rejections {\n        at\n        reason\n      }\n      allowedActions\n    }\n  }\n": typeof types.ConsoleStatementsDocument,
    "\n  mutation ConsoleStatementsApprove($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleStatementsApproveDocument,
    "\n  query ConsoleTaskLink($id: ID!) {\n    task(id: $id) {\n      id\n      incidentId\n      assigneeUnitId\n    }\n  }\n": typeof types.ConsoleTaskLinkDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleAssignDutyShift($input: AssignDutyShiftInput!) {\n    assignDutyShift(input: $input) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n": types.ConsoleAssignDutyShiftDocument,
    "\n  query ConsoleIncidentBundle($id: ID!) {\n    incidentBundle(id: $id) {\n      fileName\n      content\n      events\n      checkpoints\n      keyId\n      exportedAt\n    }\n  }\n": types.ConsoleIncidentBundleDocument,
    "\n  query ConsoleAuditKey {\n    auditPublicKey {\n      keyId\n      publicKeyPem\n    }\n  }\n": types.ConsoleAuditKeyDocument,
    "\n  query ConsoleInboxCount {\n    inbox(first: 1) {\n      totalCount\n    }\n  }\n": types.ConsoleInboxCountDocument,
    "\n  subscription ConsoleInboxChanged {\n    inboxChanged {\n      kind\n      title\n      note\n      incidentId\n      refType\n      refId\n      at\n      confidential\n    }\n  }\n": types.ConsoleInboxChangedDocument,
    "\n  mutation ConsoleLogout($t: String!) {\n    logout(refreshToken: $t)\n  }\n": types.ConsoleLogoutDocument,
    "\n  mutation ConsoleAssignLinkageRoles($input: AssignLinkageRolesInput!) {\n    assignLinkageRoles(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAssignLinkageRolesDocument,
    "\n  mutation ConsoleSetLinkageThreshold($grade: Grade!) {\n    setLinkageThreshold(grade: $grade)\n  }\n": types.ConsoleSetLinkageThresholdDocument,
    "\n  mutation ConsoleSetSecurityPolicy($input: SetSecurityPolicyInput!) {\n    setSecurityPolicy(input: $input) {\n      id\n      requireTotpRoles\n    }\n  }\n": types.ConsoleSetSecurityPolicyDocument,
    "\n  query ConsoleDeadlineMatrix {\n    county {\n      id\n      deadlinePolicy {\n        version\n        remindAtPercent\n        remindBeforeMinutes\n        flashMinutes\n        matrix {\n          grade\n          step\n          minutes\n          onWorkingTime\n          custom\n        }\n      }\n    }\n  }\n": types.ConsoleDeadlineMatrixDocument,
    "\n  mutation ConsoleSetDeadlineRules($input: SetDeadlineRulesInput!) {\n    setDeadlineRules(input: $input) {\n      grade\n      step\n      minutes\n      onWorkingTime\n      custom\n    }\n  }\n": types.ConsoleSetDeadlineRulesDocument,
    "\n  query ConsoleDutyLog($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyLog(unitId: $unitId, from: $from, to: $to) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n      userId\n      userName\n    }\n  }\n": types.ConsoleDutyLogDocument,
    "\n  mutation ConsoleRecordDutyLog($input: RecordDutyLogInput!) {\n    recordDutyLog(input: $input) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n    }\n  }\n": types.ConsoleRecordDutyLogDocument,
    "\n  query ConsoleDutyIncidentChoices($text: String) {\n    incidents(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          reportedAt\n        }\n      }\n    }\n  }\n": types.ConsoleDutyIncidentChoicesDocument,
    "\n  query ConsoleDutyIncidentTitle($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      grade\n    }\n  }\n": types.ConsoleDutyIncidentTitleDocument,
    "\n  query ConsoleLinkageFieldRules {\n    county {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n": types.ConsoleLinkageFieldRulesDocument,
    "\n  mutation ConsoleSetLinkageFieldRules($input: SetLinkageFieldRulesInput!) {\n    setLinkageFieldRules(input: $input) {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n": types.ConsoleSetLinkageFieldRulesDocument,
    "\n  query ConsoleNotificationChannels($unitId: ID) {\n    notificationChannels(unitId: $unitId) {\n      id\n      unitId\n      kind\n      target\n      label\n      audiences\n      enabled\n      configuredAt\n    }\n    notificationDeadLetters(first: 20) {\n      id\n      unitId\n      channelKind\n      target\n      kind\n      lastError\n      attempts\n      arrivedAt\n    }\n  }\n": types.ConsoleNotificationChannelsDocument,
    "\n  mutation ConsoleConfigureChannel($input: ConfigureNotificationChannelInput!) {\n    configureNotificationChannel(input: $input) {\n      channel {\n        id\n      }\n      webhookSecret\n    }\n  }\n": types.ConsoleConfigureChannelDocument,
    "\n  mutation ConsoleRemoveChannel($input: RemoveNotificationChannelInput!) {\n    removeNotificationChannel(input: $input) {\n      id\n    }\n  }\n": types.ConsoleRemoveChannelDocument,
    "\n  mutation ConsoleRetryDelivery($input: RetryNotificationDeliveryInput!) {\n    retryNotificationDelivery(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleRetryDeliveryDocument,
    "\n  mutation ConsolePublishStatement($input: PublishStatementInput!) {\n    publishStatement(input: $input) {\n      id\n      status\n      version\n      channels\n    }\n  }\n": types.ConsolePublishStatementDocument,
    "\n  query ConsoleRecordDocuments($recordId: ID!, $kind: DocumentKind!) {\n    documentIssuable(kind: $kind, recordId: $recordId)\n    documents(recordId: $recordId) {\n      id\n      kind\n      documentNumber\n      classification\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n": types.ConsoleRecordDocumentsDocument,
    "\n  mutation ConsoleIssueDocument($input: IssueDocumentInput!) {\n    issueDocument(input: $input) {\n      id\n      documentNumber\n    }\n  }\n": types.ConsoleIssueDocumentDocument,
    "\n  mutation ConsoleSaveSpecialReportDraft($input: SaveSpecialReportDraftInput!) {\n    saveSpecialReportDraft(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n": types.ConsoleSaveSpecialReportDraftDocument,
    "\n  mutation ConsoleWithdrawSpecialReport($input: WithdrawSpecialReportInput!) {\n    withdrawSpecialReport(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n": types.ConsoleWithdrawSpecialReportDocument,
    "\n  mutation ConsoleIssueSpecialReport($id: ID!, $expectedVersion: Int) {\n    issueSpecialReport(id: $id, expectedVersion: $expectedVersion) {\n      ...SpecialReportFields\n    }\n  }\n": types.ConsoleIssueSpecialReportDocument,
    "\n  query ConsoleIncidentSpecialReports($incidentId: ID!) {\n    specialReports(incidentId: $incidentId) {\n      ...SpecialReportFields\n    }\n  }\n": types.ConsoleIncidentSpecialReportsDocument,
    "\n  fragment SpecialReportsCardFields on Incident {\n    id\n    allowedActions\n    title\n    excerpt\n    status\n    platform\n    discoveredAt\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      reasoning\n    }\n    warning {\n      level\n      active\n    }\n    letters {\n      id\n    }\n    tasks {\n      status\n      assigneeUnitId\n    }\n    linkage {\n      active\n      memberUnitIds\n      releasedUnitIds\n    }\n  }\n": types.SpecialReportsCardFieldsFragmentDoc,
    "\n  mutation ConsoleSignTask($input: SignTaskInput!) {\n    signTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": types.ConsoleSignTaskDocument,
    "\n  mutation ConsoleReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": types.ConsoleReturnTaskDocument,
    "\n  mutation ConsoleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": types.ConsoleReportProgressDocument,
    "\n  mutation ConsoleRequestExtension($input: RequestTaskExtensionInput!) {\n    requestTaskExtension(input: $input) {\n      id\n      status\n      version\n      allowedActions\n      pendingExtension {\n        requestedDueAt\n      }\n    }\n  }\n": types.ConsoleRequestExtensionDocument,
    "\n  mutation ConsoleHandIn($input: HandInTaskInput!) {\n    handInTask(input: $input) {\n      id\n      status\n      version\n      late\n      lateByMinutes\n      allowedActions\n    }\n  }\n": types.ConsoleHandInDocument,
    "\n  mutation ConsoleRedispatch($input: RedispatchTaskInput!) {\n    redispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n": types.ConsoleRedispatchDocument,
    "\n  mutation ConsoleReviewTask($input: ReviewTaskInput!) {\n    reviewTask(input: $input) {\n      id\n      status\n      version\n      reworks\n      allowedActions\n    }\n  }\n": types.ConsoleReviewTaskDocument,
    "\n  mutation ConsoleDecideExtension($input: DecideTaskExtensionInput!) {\n    decideTaskExtension(input: $input) {\n      id\n      status\n      version\n      dueAt\n      allowedActions\n    }\n  }\n": types.ConsoleDecideExtensionDocument,
    "\n  mutation ConsoleSupervise($input: SuperviseTaskInput!) {\n    superviseTask(input: $input) {\n      id\n      version\n      allowedActions\n    }\n  }\n": types.ConsoleSuperviseDocument,
    "\n  mutation ConsoleRemind($input: RemindTaskInput!) {\n    remindTask(input: $input) {\n      id\n      version\n      reminders\n    }\n  }\n": types.ConsoleRemindDocument,
    "\n  mutation ConsoleCancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n": types.ConsoleCancelTaskDocument,
    "\n  query ConsoleTaskAttachments($id: ID!) {\n    progress: attachments(recordKind: TASK_PROGRESS, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n    handIn: attachments(recordKind: TASK_HAND_IN, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n  }\n": types.ConsoleTaskAttachmentsDocument,
    "\n  mutation ConsoleAttachFile($input: AttachFileInput!) {\n    attachFile(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAttachFileDocument,
    "\n  mutation ConsoleRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n": types.ConsoleRegisterUserDocument,
    "\n  mutation ConsoleChangeUserRoles($input: ChangeUserRolesInput!) {\n    changeUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.ConsoleChangeUserRolesDocument,
    "\n  mutation ConsoleResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n    }\n  }\n": types.ConsoleResetUserPasswordDocument,
    "\n  mutation ConsoleDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": types.ConsoleDeactivateUserDocument,
    "\n  mutation ConsoleUnlockUserSignIn($input: UnlockUserSignInInput!) {\n    unlockUserSignIn(input: $input) {\n      id\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n": types.ConsoleUnlockUserSignInDocument,
    "\n  mutation ConsoleReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n": types.ConsoleReactivateUserDocument,
    "\n  mutation ConsoleChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n": types.ConsoleChangePasswordDocument,
    "\n  mutation ConsoleConference($input: RecordJointConferenceInput!) {\n    recordJointConference(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleConferenceDocument,
    "\n  fragment IncidentDispatchFields on Incident {\n    id\n    grade\n    assessment {\n      nature\n    }\n    tasks {\n      role\n      status\n    }\n  }\n": types.IncidentDispatchFieldsFragmentDoc,
    "\n  fragment DispatchPolicyFields on DeadlinePolicy {\n    feedbackHours\n    defaultHours\n    hardCapHours\n    sameDayForInquiries\n    sameDayLeastMinutes\n    onWorkingTime\n  }\n": types.DispatchPolicyFieldsFragmentDoc,
    "\n  mutation ConsoleDispatch($input: DispatchTaskInput!) {\n    dispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n": types.ConsoleDispatchDocument,
    "\n  fragment IncidentEscalationsFields on Incident {\n    id\n    version\n    escalations {\n      at\n      to\n      summary\n    }\n  }\n": types.IncidentEscalationsFieldsFragmentDoc,
    "\n  mutation ConsoleEscalate($input: EscalateIncidentInput!) {\n    escalateIncident(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleEscalateDocument,
    "\n  fragment IncidentHeaderFields on Incident {\n    id\n    title\n    grade\n    status\n    confidential\n    channel\n    platform\n    discoveredAt\n    reportingUnitId\n    allowedActions\n    assessment {\n      revision\n    }\n    warning {\n      level\n      active\n    }\n    linkage {\n      active\n    }\n  }\n": types.IncidentHeaderFieldsFragmentDoc,
    "\n  fragment IncidentLettersFields on Incident {\n    id\n    title\n    grade\n    letters {\n      id\n      title\n      level\n      risk\n      scope\n      watchPoints\n      requestedMeasures\n      sentAt\n      receiptDueAt\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n": types.IncidentLettersFieldsFragmentDoc,
    "\n  mutation ConsoleSendLetter($input: SendRiskLetterInput!) {\n    sendRiskLetter(input: $input) {\n      id\n    }\n  }\n": types.ConsoleSendLetterDocument,
    "\n  fragment IncidentLinkageFields on Incident {\n    id\n    version\n    grade\n    status\n    allowedActions\n    linkage {\n      active\n      leadUnitId\n      coreUnitIds\n      memberUnitIds\n      releasedUnitIds\n      reason\n      activatedAt\n      byDecision\n    }\n    conferences {\n      id\n      heldAt\n      participants\n      participantUnitIds\n      decisions\n      followUpTaskIds\n    }\n    tasks {\n      id\n      role\n      assigneeUnitId\n    }\n  }\n": types.IncidentLinkageFieldsFragmentDoc,
    "\n  fragment LinkageCountyFields on County {\n    linkageThresholdGrade\n  }\n": types.LinkageCountyFieldsFragmentDoc,
    "\n  query ConsoleLinkageProposal($id: ID!) {\n    linkageProposal(incidentId: $id) {\n      leadUnitId\n      coreUnitIds\n      proposedMemberUnitIds\n      meetsThreshold\n      thresholdGrade\n    }\n  }\n": types.ConsoleLinkageProposalDocument,
    "\n  mutation ConsoleActivateLinkage($input: ActivateLinkageInput!) {\n    activateLinkage(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleActivateLinkageDocument,
    "\n  mutation ConsoleAddMembers($input: AddLinkageMembersInput!) {\n    addLinkageMembers(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleAddMembersDocument,
    "\n  mutation ConsoleReleaseMember($input: ReleaseLinkageMemberInput!) {\n    releaseLinkageMember(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleReleaseMemberDocument,
    "\n  fragment IncidentOverviewFields on Incident {\n    id\n    version\n    excerpt\n    urls\n    requirements\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      indicators\n      reasoning\n      revision\n    }\n  }\n": types.IncidentOverviewFieldsFragmentDoc,
    "\n  mutation ConsoleAssess($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      version\n      status\n      grade\n    }\n  }\n": types.ConsoleAssessDocument,
    "\n  fragment IncidentReviewFields on Incident {\n    id\n    version\n    review {\n      cause\n      spread\n      result\n      experience\n      problems\n      at\n    }\n  }\n": types.IncidentReviewFieldsFragmentDoc,
    "\n  mutation ConsoleCalm($input: MarkIncidentCalmedInput!) {\n    markIncidentCalmed(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleCalmDocument,
    "\n  mutation ConsoleClose($input: CloseIncidentInput!) {\n    closeIncident(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleCloseDocument,
    "\n  mutation ConsoleReopen($input: ReopenIncidentInput!) {\n    reopenIncident(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleReopenDocument,
    "\n  mutation ConsoleFileReview($input: FileIncidentReviewInput!) {\n    fileIncidentReview(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleFileReviewDocument,
    "\n  fragment IncidentStatementsFields on Incident {\n    id\n    statements {\n      id\n      kind\n      title\n      content\n      status\n      version\n      allowedActions\n    }\n  }\n": types.IncidentStatementsFieldsFragmentDoc,
    "\n  mutation ConsoleDraftStatement($input: DraftStatementInput!) {\n    draftStatement(input: $input) {\n      id\n    }\n  }\n": types.ConsoleDraftStatementDocument,
    "\n  mutation ConsoleApproveStatement($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleApproveStatementDocument,
    "\n  fragment IncidentTakedownFields on Incident {\n    id\n    allowedActions\n    takedownRequests {\n      id\n      platform\n      itemUrls\n      request\n      sentAt\n      answer\n      answerNote\n      allowedActions\n      sendingUnit {\n        name\n      }\n    }\n  }\n": types.IncidentTakedownFieldsFragmentDoc,
    "\n  mutation ConsoleSendTakedownRequest($input: SendTakedownRequestInput!) {\n    sendTakedownRequest(input: $input) {\n      id\n    }\n  }\n": types.ConsoleSendTakedownRequestDocument,
    "\n  mutation ConsoleRecordTakedownAnswer($input: RecordTakedownAnswerInput!) {\n    recordTakedownAnswer(input: $input) {\n      id\n      answer\n    }\n  }\n": types.ConsoleRecordTakedownAnswerDocument,
    "\n  fragment IncidentTaskBoardFields on Incident {\n    id\n    version\n    grade\n    listedAt\n    allowedActions\n    tasks {\n      ...TaskCardFields\n    }\n    ...IncidentDispatchFields\n  }\n": types.IncidentTaskBoardFieldsFragmentDoc,
    "\n  mutation ConsoleList($input: ListIncidentInput!) {\n    listIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ConsoleListDocument,
    "\n  mutation ConsoleReferToPolice($input: ReferToPoliceInput!) {\n    referToPolice(input: $input) {\n      id\n    }\n  }\n": types.ConsoleReferToPoliceDocument,
    "\n  fragment TaskCardFields on Task {\n    id\n    kind\n    role\n    status\n    version\n    assigneeUnitId\n    requirements\n    dueAt\n    hardDueAt\n    deadlineRule\n    overdue\n    late\n    lateByMinutes\n    reworks\n    handedInAt\n    allowedActions\n    pendingExtension {\n      requestedDueAt\n      reason\n    }\n    feedback {\n      factsFound\n      measures\n      result\n      evidence\n    }\n    history {\n      type\n      detail\n      at\n    }\n  }\n": types.TaskCardFieldsFragmentDoc,
    "\n  fragment IncidentTimelineFields on Incident {\n    timeline {\n      at\n      type\n      description\n      action\n      actorName\n      actorUnitName\n    }\n  }\n": types.IncidentTimelineFieldsFragmentDoc,
    "\n  fragment IncidentWarningFields on Incident {\n    id\n    version\n    title\n    grade\n    warning {\n      level\n      active\n      object\n      scope\n      matters\n      measures\n      startAt\n      at\n      reason\n    }\n  }\n": types.IncidentWarningFieldsFragmentDoc,
    "\n  mutation ConsoleWarn($input: IssueWarningInput!) {\n    issueWarning(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ConsoleWarnDocument,
    "\n  mutation ConsoleAdjustWarning($input: AdjustWarningInput!) {\n    adjustWarning(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleAdjustWarningDocument,
    "\n  mutation ConsoleLiftWarning($input: LiftWarningInput!) {\n    liftWarning(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleLiftWarningDocument,
    "\n  query ConsoleIntakeQueue($first: Int, $after: String) {\n    intakeQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          sourceKind\n          url\n          platform\n          author\n          title\n          text\n          publishedAt\n          receivedAt\n          flagged\n          watchHits {\n            list\n            term\n          }\n          spread {\n            posts\n            reposts\n            comments\n            views\n            mainstreamMediaPickups\n          }\n          sources {\n            sourceId\n            sourceName\n            externalId\n          }\n          allowedActions\n        }\n      }\n    }\n  }\n": types.ConsoleIntakeQueueDocument,
    "\n  mutation ConsoleRegisterIntakeItems($input: RegisterIntakeItemsInput!) {\n    registerIntakeItems(input: $input) {\n      incidentId\n      outcomes {\n        itemId\n        errorCode\n        errorReason\n        errorMessage\n      }\n    }\n  }\n": types.ConsoleRegisterIntakeItemsDocument,
    "\n  mutation ConsoleAttachIntakeItems($input: AttachIntakeItemsInput!) {\n    attachIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n": types.ConsoleAttachIntakeItemsDocument,
    "\n  mutation ConsoleArchiveIntakeItems($input: ArchiveIntakeItemsInput!) {\n    archiveIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n": types.ConsoleArchiveIntakeItemsDocument,
    "\n  query ConsoleIntakeIncidents($text: String) {\n    incidents(first: 20, filter: { text: $text, status: [REGISTERED, ASSESSED, WARNED, HANDLING, CALMED] }) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": types.ConsoleIntakeIncidentsDocument,
    "\n  query ConsoleCountyName {\n    county {\n      id\n      name\n    }\n  }\n": types.ConsoleCountyNameDocument,
    "\n  query ConsoleDashboard($open: [IncidentStatus!]) {\n    gI: incidents(first: 1, filter: { status: $open, grade: [I] }) {\n      totalCount\n    }\n    gII: incidents(first: 1, filter: { status: $open, grade: [II] }) {\n      totalCount\n    }\n    gIII: incidents(first: 1, filter: { status: $open, grade: [III] }) {\n      totalCount\n    }\n    gIV: incidents(first: 1, filter: { status: $open, grade: [IV] }) {\n      totalCount\n    }\n    sREGISTERED: incidents(first: 1, filter: { status: [REGISTERED] }) {\n      totalCount\n    }\n    sASSESSED: incidents(first: 1, filter: { status: [ASSESSED] }) {\n      totalCount\n    }\n    sWARNED: incidents(first: 1, filter: { status: [WARNED] }) {\n      totalCount\n    }\n    sHANDLING: incidents(first: 1, filter: { status: [HANDLING] }) {\n      totalCount\n    }\n    sCALMED: incidents(first: 1, filter: { status: [CALMED] }) {\n      totalCount\n    }\n    open: incidents(first: 60, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n          tasks {\n            id\n            status\n            role\n            dueAt\n            overdue\n            assigneeUnitId\n            handedInAt\n          }\n          letters {\n            id\n            title\n            sentAt\n            receiptDueAt\n            receipts {\n              unitId\n              signed\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleDashboardDocument,
    "\n  query ConsoleFigures {\n    dashboard(days: 30) {\n      overdueTasks\n      nearlyDueTasks\n      unsignedLetters\n      trend {\n        day\n        grade\n        count\n      }\n      unitOnTime {\n        unitId\n        unitName\n        tasks\n        handedIn\n        onTime\n        openOverdue\n        onTimeRate\n      }\n    }\n  }\n": types.ConsoleFiguresDocument,
    "\n  fragment ConsoleSessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    requiresTotpEnrollment\n    requiresPasswordChange\n    me {\n      id\n      username\n      displayName\n      roles\n      unit {\n        id\n        kind\n        name\n      }\n    }\n  }\n": types.ConsoleSessionPayloadFragmentDoc,
    "\n  fragment SpecialReportFields on SpecialReport {\n    id\n    incidentId\n    incidentTitle\n    confidential\n    status\n    year\n    number\n    serial\n    title\n    summary\n    analysis\n    suggestions\n    addressees\n    copyUnitIds\n    copyNames\n    draftRevision\n    draftedAt\n    draftedByName\n    issuedAt\n    issuedByName\n    withdrawnAt\n    withdrawnByName\n    withdrawReason\n    allowedActions\n    version\n  }\n": types.SpecialReportFieldsFragmentDoc,
    "\n  query ConsoleUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n    }\n  }\n": types.ConsoleUnitsDocument,
    "\n  query ConsoleAdminSettings {\n    county {\n      id\n      name\n      linkageThresholdGrade\n      requireTotpRoles\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n    holidayCalendar {\n      workingHours\n      years {\n        year\n        source\n        verified\n        loadedByCounty\n        holidays {\n          name\n          from\n          to\n        }\n        makeUpWorkdays\n      }\n    }\n  }\n": types.ConsoleAdminSettingsDocument,
    "\n  mutation ConsoleSetDeadlinePolicy($input: SetDeadlinePolicyInput!) {\n    setDeadlinePolicy(input: $input) {\n      id\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n  }\n": types.ConsoleSetDeadlinePolicyDocument,
    "\n  mutation ConsoleLoadCalendar($input: LoadHolidayCalendarInput!) {\n    loadHolidayCalendar(input: $input) {\n      workingHours\n    }\n  }\n": types.ConsoleLoadCalendarDocument,
    "\n  query ConsoleAuditFind($text: String) {\n    incidents(first: 30, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n        }\n      }\n    }\n  }\n": types.ConsoleAuditFindDocument,
    "\n  query ConsoleAuditHistory($id: ID!, $filter: HistoryFilter) {\n    incidentHistory(id: $id, filter: $filter) {\n      title\n      total\n      entries {\n        at\n        kind\n        description\n        actorName\n        actorUnitName\n        command\n        correlationId\n        hash\n        position\n      }\n    }\n  }\n": types.ConsoleAuditHistoryDocument,
    "\n  query ConsoleAuditAsOf($id: ID!, $at: DateTime!) {\n    incidentAsOf(id: $id, at: $at) {\n      exists\n      at\n      status\n      grade\n      nature\n      assessments\n      escalatedTo\n      eventsApplied\n      lastEventAt\n      reviewFiled\n      warning {\n        level\n        active\n      }\n      linkage {\n        active\n        leadUnitId\n        memberUnitIds\n      }\n      letters {\n        letterId\n        recipientUnitIds\n        signedUnitIds\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        dueAt\n        extensionPending\n      }\n      statements {\n        statementId\n        status\n      }\n    }\n  }\n": types.ConsoleAuditAsOfDocument,
    "\n  query ConsoleAuditCompliance($id: ID!) {\n    deadlineCompliance(incidentId: $id) {\n      asOf\n      summary {\n        tasks\n        onTime\n        late\n        openOverdue\n        onTimeRate\n        reworks\n        returns\n        supervisions\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        deadlineRule\n        dispatchedAt\n        originalDueAt\n        dueAt\n        signedAt\n        firstHandedInAt\n        acceptedAt\n        late\n        overdueMinutes\n        extensions {\n          requestedDueAt\n          approved\n          decisionReason\n        }\n        reworks {\n          at\n          reason\n        }\n        supervisions {\n          at\n        }\n      }\n    }\n  }\n": types.ConsoleAuditComplianceDocument,
    "\n  query ConsoleAuditVerify($id: ID!) {\n    verifyIncident(id: $id) {\n      ok\n      verdict\n      eventsChecked\n      streamsChecked\n      checkpointsChecked\n      witnessedCheckpoints\n      unsealedEvents\n      independentWitness {\n        name\n        reachable\n        countersignedThrough\n        notCountersigned\n      }\n      verifiedAt\n      keyId\n      fault {\n        kind\n        message\n        streamId\n        streamVersion\n      }\n    }\n  }\n": types.ConsoleAuditVerifyDocument,
    "\n  fragment DailyReportFiguresFields on DailyReportFigures {\n    newIncidents\n    newByGrade {\n      I\n      II\n      III\n      IV\n      UNGRADED\n    }\n    openIncidents\n    closedThatDay\n    tasksDispatchedThatDay\n    overdueTasks\n  }\n  fragment DailyReportItemFields on DailyReportItem {\n    incidentId\n    title\n    confidential\n    grade\n    status\n    platform\n    reportedAt\n  }\n": types.DailyReportFiguresFieldsFragmentDoc,
    "\n  query ConsoleDailyReports($from: String!, $to: String!) {\n    dailyReports(from: $from, to: $to) {\n      id\n      date\n      revision\n      issuedByName\n      issuedAt\n      figures {\n        newIncidents\n        openIncidents\n        overdueTasks\n      }\n    }\n  }\n": types.ConsoleDailyReportsDocument,
    "\n  query ConsoleDailyReport($id: ID!) {\n    dailyReport(id: $id) {\n      id\n      date\n      revision\n      positive\n      remarks\n      correctionReason\n      recipientNames\n      issuedByName\n      issuedAt\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      revisions {\n        revision\n        issuedByName\n        at\n        correctionReason\n      }\n    }\n  }\n": types.ConsoleDailyReportDocument,
    "\n  query ConsoleDailyReportDraft($date: String!) {\n    dailyReportDraft(date: $date) {\n      date\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      issued {\n        id\n        revision\n        positive\n        remarks\n      }\n    }\n  }\n": types.ConsoleDailyReportDraftDocument,
    "\n  mutation ConsoleIssueDailyReport($input: IssueDailyReportInput!) {\n    issueDailyReport(input: $input) {\n      id\n      revision\n    }\n  }\n": types.ConsoleIssueDailyReportDocument,
    "\n  query ConsoleUnitDocuments($unitId: ID) {\n    unitDocuments(unitId: $unitId) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      issuedByName\n      issuedAt\n      sha256\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n": types.ConsoleUnitDocumentsDocument,
    "\n  query ConsoleDocument($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      unitId\n      issuedByName\n      issuedAt\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n": types.ConsoleDocumentDocument,
    "\n  query ConsoleVerifyDocument($code: String!, $sha256: String) {\n    verifyDocument(code: $code, sha256: $sha256) {\n      unitName\n      matches\n      document {\n        id\n        kind\n        documentNumber\n        title\n        issuedAt\n        issuedByName\n        sha256\n      }\n    }\n  }\n": types.ConsoleVerifyDocumentDocument,
    "\n  query ConsoleOnDutyNow($unitId: ID!) {\n    onDutyNow(unitId: $unitId) {\n      id\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n    }\n  }\n": types.ConsoleOnDutyNowDocument,
    "\n  query ConsoleDutyRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyRoster(unitId: $unitId, from: $from, to: $to) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n": types.ConsoleDutyRosterDocument,
    "\n  query ConsoleDutyPeople($unitId: ID!) {\n    users(unitId: $unitId) {\n      id\n      displayName\n      username\n      roles\n      active\n    }\n  }\n": types.ConsoleDutyPeopleDocument,
    "\n  query ConsoleDutyRosterGaps {\n    dutyRosterGaps(days: 7) {\n      from\n      to\n      hours\n    }\n  }\n": types.ConsoleDutyRosterGapsDocument,
    "\n  query ConsoleDutyAllowedActions($unitId: ID!) {\n    dutyAllowedActions(unitId: $unitId)\n  }\n": types.ConsoleDutyAllowedActionsDocument,
    "\n  mutation ConsoleCancelDutyShift($input: CancelDutyShiftInput!) {\n    cancelDutyShift(input: $input) {\n      id\n      cancelled\n    }\n  }\n": types.ConsoleCancelDutyShiftDocument,
    "\n  query ConsoleInbox {\n    inbox(first: 100) {\n      totalCount\n      edges {\n        node {\n          type\n          action\n          dueAt\n          overdue\n          task {\n            id\n            version\n            status\n            role\n            kind\n            dueAt\n            hardDueAt\n            deadlineRule\n            overdue\n            requirements\n            incidentId\n            incidentTitle\n            grade\n            reworks\n            allowedActions\n            assigneeUnitId\n            dispatcherUnitId\n            history {\n              type\n              detail\n              at\n            }\n            feedback {\n              factsFound\n              measures\n              result\n              evidence\n            }\n            pendingExtension {\n              requestedDueAt\n              reason\n            }\n            supervisions {\n              content\n              replyDueAt\n            }\n          }\n          letter {\n            id\n            title\n            level\n            risk\n            scope\n            watchPoints\n            requestedMeasures\n            sentAt\n            receiptDueAt\n            incidentId\n            senderUnitId\n            allowedActions\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleInboxDocument,
    "\n  subscription ConsoleInboxPageChanged {\n    inboxChanged {\n      kind\n      refId\n      at\n    }\n  }\n": types.ConsoleInboxPageChangedDocument,
    "\n  query ConsoleInboxSpecialReports {\n    specialReports {\n      id\n      status\n      serial\n      title\n      issuedAt\n      issuedByName\n    }\n  }\n": types.ConsoleInboxSpecialReportsDocument,
    "\n  mutation ConsoleSignLetter($id: ID!) {\n    signRiskLetter(letterId: $id) {\n      id\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n": types.ConsoleSignLetterDocument,
    "\n  query ConsoleIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      ...IncidentHeaderFields\n      ...IncidentOverviewFields\n      ...IncidentWarningFields\n      ...IncidentTaskBoardFields\n      ...IncidentLettersFields\n      ...SpecialReportsCardFields\n      ...IncidentLinkageFields\n      ...IncidentStatementsFields\n      ...IncidentTakedownFields\n      ...IncidentTimelineFields\n      ...IncidentEscalationsFields\n      ...IncidentReviewFields\n    }\n    county {\n      ...LinkageCountyFields\n      deadlinePolicy {\n        ...DispatchPolicyFields\n      }\n    }\n  }\n": types.ConsoleIncidentDocument,
    "\n  subscription ConsoleIncidentEvents($id: ID!) {\n    incidentEvents(incidentId: $id) {\n      position\n      type\n      action\n      at\n    }\n  }\n": types.ConsoleIncidentEventsDocument,
    "\n  query ConsoleIncidents($first: Int, $after: String, $filter: IncidentFilter) {\n    incidents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          platform\n          channel\n          reportedAt\n          reportingUnitId\n          confidential\n          linkage {\n            active\n          }\n          assessment {\n            field\n            nature\n          }\n          tasks {\n            id\n            status\n            overdue\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleIncidentsDocument,
    "\n  mutation ConsoleReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleReportIncidentDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleEnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUri\n    }\n  }\n": types.ConsoleEnrollTotpDocument,
    "\n  mutation ConsoleConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n": types.ConsoleConfirmTotpDocument,
    "\n  query ConsoleOrganization {\n    county {\n      id\n      name\n      requireTotpRoles\n      linkageThresholdGrade\n      linkage {\n        propaganda {\n          id\n        }\n        cyberspace {\n          id\n        }\n        police {\n          id\n        }\n        stateSecurity {\n          id\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n      deactivatedReason\n      deactivatedAt\n      version\n    }\n    users {\n      id\n      username\n      displayName\n      unitId\n      roles\n      active\n      totpEnabled\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n": types.ConsoleOrganizationDocument,
    "\n  mutation ConsoleRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      name\n      kind\n      parentId\n      active\n      version\n    }\n  }\n": types.ConsoleRegisterUnitDocument,
    "\n  mutation ConsoleUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n      version\n    }\n  }\n": types.ConsoleUpdateUnitDocument,
    "\n  mutation ConsoleDeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      id\n      active\n    }\n  }\n": types.ConsoleDeactivateUnitDocument,
    "\n  mutation ConsoleReactivateUnit($unitId: ID!) {\n    reactivateUnit(unitId: $unitId) {\n      id\n      active\n    }\n  }\n": types.ConsoleReactivateUnitDocument,
    "\n  query ConsoleMyAccount($id: ID!) {\n    user(id: $id) {\n      id\n      totpEnabled\n    }\n  }\n": types.ConsoleMyAccountDocument,
    "\n  mutation ConsoleProfileEnrollTotp($input: EnrollTotpInput) {\n    enrollTotp(input: $input) {\n      secret\n      otpauthUri\n    }\n  }\n": types.ConsoleProfileEnrollTotpDocument,
    "\n  mutation ConsoleProfileConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n": types.ConsoleProfileConfirmTotpDocument,
    "\n  query ConsoleSpecialReport($id: ID!) {\n    specialReport(id: $id) {\n      ...SpecialReportFields\n    }\n  }\n": types.ConsoleSpecialReportDocument,
    "\n  query ConsoleSpecialReports {\n    specialReports {\n      id\n      incidentId\n      incidentTitle\n      confidential\n      status\n      serial\n      title\n      copyNames\n      draftRevision\n      draftedAt\n      draftedByName\n      issuedAt\n      issuedByName\n      withdrawnAt\n      withdrawnByName\n      withdrawReason\n    }\n  }\n": types.ConsoleSpecialReportsDocument,
    "\n  query ConsoleStatements($status: [StatementStatus!]) {\n    statements(status: $status) {\n      id\n      incidentId\n      kind\n      tier\n      title\n      content\n      status\n      version\n      draftedAt\n      draftingUnitId\n      publishedAt\n      channels\n      rejections {\n        at\n        reason\n      }\n      allowedActions\n    }\n  }\n": types.ConsoleStatementsDocument,
    "\n  mutation ConsoleStatementsApprove($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleStatementsApproveDocument,
    "\n  query ConsoleTaskLink($id: ID!) {\n    task(id: $id) {\n      id\n      incidentId\n      assigneeUnitId\n    }\n  }\n": types.ConsoleTaskLinkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssignDutyShift($input: AssignDutyShiftInput!) {\n    assignDutyShift(input: $input) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAssignDutyShift($input: AssignDutyShiftInput!) {\n    assignDutyShift(input: $input) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIncidentBundle($id: ID!) {\n    incidentBundle(id: $id) {\n      fileName\n      content\n      events\n      checkpoints\n      keyId\n      exportedAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleIncidentBundle($id: ID!) {\n    incidentBundle(id: $id) {\n      fileName\n      content\n      events\n      checkpoints\n      keyId\n      exportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditKey {\n    auditPublicKey {\n      keyId\n      publicKeyPem\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditKey {\n    auditPublicKey {\n      keyId\n      publicKeyPem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInboxCount {\n    inbox(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInboxCount {\n    inbox(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleInboxChanged {\n    inboxChanged {\n      kind\n      title\n      note\n      incidentId\n      refType\n      refId\n      at\n      confidential\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleInboxChanged {\n    inboxChanged {\n      kind\n      title\n      note\n      incidentId\n      refType\n      refId\n      at\n      confidential\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout($t: String!) {\n    logout(refreshToken: $t)\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout($t: String!) {\n    logout(refreshToken: $t)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssignLinkageRoles($input: AssignLinkageRolesInput!) {\n    assignLinkageRoles(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAssignLinkageRoles($input: AssignLinkageRolesInput!) {\n    assignLinkageRoles(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetLinkageThreshold($grade: Grade!) {\n    setLinkageThreshold(grade: $grade)\n  }\n"): (typeof documents)["\n  mutation ConsoleSetLinkageThreshold($grade: Grade!) {\n    setLinkageThreshold(grade: $grade)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetSecurityPolicy($input: SetSecurityPolicyInput!) {\n    setSecurityPolicy(input: $input) {\n      id\n      requireTotpRoles\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetSecurityPolicy($input: SetSecurityPolicyInput!) {\n    setSecurityPolicy(input: $input) {\n      id\n      requireTotpRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDeadlineMatrix {\n    county {\n      id\n      deadlinePolicy {\n        version\n        remindAtPercent\n        remindBeforeMinutes\n        flashMinutes\n        matrix {\n          grade\n          step\n          minutes\n          onWorkingTime\n          custom\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDeadlineMatrix {\n    county {\n      id\n      deadlinePolicy {\n        version\n        remindAtPercent\n        remindBeforeMinutes\n        flashMinutes\n        matrix {\n          grade\n          step\n          minutes\n          onWorkingTime\n          custom\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetDeadlineRules($input: SetDeadlineRulesInput!) {\n    setDeadlineRules(input: $input) {\n      grade\n      step\n      minutes\n      onWorkingTime\n      custom\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetDeadlineRules($input: SetDeadlineRulesInput!) {\n    setDeadlineRules(input: $input) {\n      grade\n      step\n      minutes\n      onWorkingTime\n      custom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyLog($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyLog(unitId: $unitId, from: $from, to: $to) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n      userId\n      userName\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyLog($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyLog(unitId: $unitId, from: $from, to: $to) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n      userId\n      userName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordDutyLog($input: RecordDutyLogInput!) {\n    recordDutyLog(input: $input) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordDutyLog($input: RecordDutyLogInput!) {\n    recordDutyLog(input: $input) {\n      id\n      at\n      kind\n      text\n      incidentId\n      onDuty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyIncidentChoices($text: String) {\n    incidents(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          reportedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyIncidentChoices($text: String) {\n    incidents(first: 20, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          reportedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyIncidentTitle($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      grade\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyIncidentTitle($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      grade\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLinkageFieldRules {\n    county {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleLinkageFieldRules {\n    county {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetLinkageFieldRules($input: SetLinkageFieldRulesInput!) {\n    setLinkageFieldRules(input: $input) {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetLinkageFieldRules($input: SetLinkageFieldRulesInput!) {\n    setLinkageFieldRules(input: $input) {\n      id\n      linkageFieldRules {\n        field\n        unitIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotificationChannels($unitId: ID) {\n    notificationChannels(unitId: $unitId) {\n      id\n      unitId\n      kind\n      target\n      label\n      audiences\n      enabled\n      configuredAt\n    }\n    notificationDeadLetters(first: 20) {\n      id\n      unitId\n      channelKind\n      target\n      kind\n      lastError\n      attempts\n      arrivedAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleNotificationChannels($unitId: ID) {\n    notificationChannels(unitId: $unitId) {\n      id\n      unitId\n      kind\n      target\n      label\n      audiences\n      enabled\n      configuredAt\n    }\n    notificationDeadLetters(first: 20) {\n      id\n      unitId\n      channelKind\n      target\n      kind\n      lastError\n      attempts\n      arrivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfigureChannel($input: ConfigureNotificationChannelInput!) {\n    configureNotificationChannel(input: $input) {\n      channel {\n        id\n      }\n      webhookSecret\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleConfigureChannel($input: ConfigureNotificationChannelInput!) {\n    configureNotificationChannel(input: $input) {\n      channel {\n        id\n      }\n      webhookSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveChannel($input: RemoveNotificationChannelInput!) {\n    removeNotificationChannel(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveChannel($input: RemoveNotificationChannelInput!) {\n    removeNotificationChannel(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetryDelivery($input: RetryNotificationDeliveryInput!) {\n    retryNotificationDelivery(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRetryDelivery($input: RetryNotificationDeliveryInput!) {\n    retryNotificationDelivery(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePublishStatement($input: PublishStatementInput!) {\n    publishStatement(input: $input) {\n      id\n      status\n      version\n      channels\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePublishStatement($input: PublishStatementInput!) {\n    publishStatement(input: $input) {\n      id\n      status\n      version\n      channels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecordDocuments($recordId: ID!, $kind: DocumentKind!) {\n    documentIssuable(kind: $kind, recordId: $recordId)\n    documents(recordId: $recordId) {\n      id\n      kind\n      documentNumber\n      classification\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n"): (typeof documents)["\n  query ConsoleRecordDocuments($recordId: ID!, $kind: DocumentKind!) {\n    documentIssuable(kind: $kind, recordId: $recordId)\n    documents(recordId: $recordId) {\n      id\n      kind\n      documentNumber\n      classification\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueDocument($input: IssueDocumentInput!) {\n    issueDocument(input: $input) {\n      id\n      documentNumber\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleIssueDocument($input: IssueDocumentInput!) {\n    issueDocument(input: $input) {\n      id\n      documentNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSaveSpecialReportDraft($input: SaveSpecialReportDraftInput!) {\n    saveSpecialReportDraft(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSaveSpecialReportDraft($input: SaveSpecialReportDraftInput!) {\n    saveSpecialReportDraft(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWithdrawSpecialReport($input: WithdrawSpecialReportInput!) {\n    withdrawSpecialReport(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleWithdrawSpecialReport($input: WithdrawSpecialReportInput!) {\n    withdrawSpecialReport(input: $input) {\n      ...SpecialReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueSpecialReport($id: ID!, $expectedVersion: Int) {\n    issueSpecialReport(id: $id, expectedVersion: $expectedVersion) {\n      ...SpecialReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleIssueSpecialReport($id: ID!, $expectedVersion: Int) {\n    issueSpecialReport(id: $id, expectedVersion: $expectedVersion) {\n      ...SpecialReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIncidentSpecialReports($incidentId: ID!) {\n    specialReports(incidentId: $incidentId) {\n      ...SpecialReportFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleIncidentSpecialReports($incidentId: ID!) {\n    specialReports(incidentId: $incidentId) {\n      ...SpecialReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpecialReportsCardFields on Incident {\n    id\n    allowedActions\n    title\n    excerpt\n    status\n    platform\n    discoveredAt\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      reasoning\n    }\n    warning {\n      level\n      active\n    }\n    letters {\n      id\n    }\n    tasks {\n      status\n      assigneeUnitId\n    }\n    linkage {\n      active\n      memberUnitIds\n      releasedUnitIds\n    }\n  }\n"): (typeof documents)["\n  fragment SpecialReportsCardFields on Incident {\n    id\n    allowedActions\n    title\n    excerpt\n    status\n    platform\n    discoveredAt\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      reasoning\n    }\n    warning {\n      level\n      active\n    }\n    letters {\n      id\n    }\n    tasks {\n      status\n      assigneeUnitId\n    }\n    linkage {\n      active\n      memberUnitIds\n      releasedUnitIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignTask($input: SignTaskInput!) {\n    signTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSignTask($input: SignTaskInput!) {\n    signTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestExtension($input: RequestTaskExtensionInput!) {\n    requestTaskExtension(input: $input) {\n      id\n      status\n      version\n      allowedActions\n      pendingExtension {\n        requestedDueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRequestExtension($input: RequestTaskExtensionInput!) {\n    requestTaskExtension(input: $input) {\n      id\n      status\n      version\n      allowedActions\n      pendingExtension {\n        requestedDueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleHandIn($input: HandInTaskInput!) {\n    handInTask(input: $input) {\n      id\n      status\n      version\n      late\n      lateByMinutes\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleHandIn($input: HandInTaskInput!) {\n    handInTask(input: $input) {\n      id\n      status\n      version\n      late\n      lateByMinutes\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRedispatch($input: RedispatchTaskInput!) {\n    redispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRedispatch($input: RedispatchTaskInput!) {\n    redispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReviewTask($input: ReviewTaskInput!) {\n    reviewTask(input: $input) {\n      id\n      status\n      version\n      reworks\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReviewTask($input: ReviewTaskInput!) {\n    reviewTask(input: $input) {\n      id\n      status\n      version\n      reworks\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecideExtension($input: DecideTaskExtensionInput!) {\n    decideTaskExtension(input: $input) {\n      id\n      status\n      version\n      dueAt\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDecideExtension($input: DecideTaskExtensionInput!) {\n    decideTaskExtension(input: $input) {\n      id\n      status\n      version\n      dueAt\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSupervise($input: SuperviseTaskInput!) {\n    superviseTask(input: $input) {\n      id\n      version\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSupervise($input: SuperviseTaskInput!) {\n    superviseTask(input: $input) {\n      id\n      version\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemind($input: RemindTaskInput!) {\n    remindTask(input: $input) {\n      id\n      version\n      reminders\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemind($input: RemindTaskInput!) {\n    remindTask(input: $input) {\n      id\n      version\n      reminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      id\n      status\n      version\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTaskAttachments($id: ID!) {\n    progress: attachments(recordKind: TASK_PROGRESS, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n    handIn: attachments(recordKind: TASK_HAND_IN, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTaskAttachments($id: ID!) {\n    progress: attachments(recordKind: TASK_PROGRESS, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n    handIn: attachments(recordKind: TASK_HAND_IN, recordId: $id) {\n      id\n      originalName\n      mediaType\n      downloadPath\n      previewPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAttachFile($input: AttachFileInput!) {\n    attachFile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAttachFile($input: AttachFileInput!) {\n    attachFile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangeUserRoles($input: ChangeUserRolesInput!) {\n    changeUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleChangeUserRoles($input: ChangeUserRolesInput!) {\n    changeUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUnlockUserSignIn($input: UnlockUserSignInInput!) {\n    unlockUserSignIn(input: $input) {\n      id\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUnlockUserSignIn($input: UnlockUserSignInInput!) {\n    unlockUserSignIn(input: $input) {\n      id\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConference($input: RecordJointConferenceInput!) {\n    recordJointConference(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleConference($input: RecordJointConferenceInput!) {\n    recordJointConference(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentDispatchFields on Incident {\n    id\n    grade\n    assessment {\n      nature\n    }\n    tasks {\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentDispatchFields on Incident {\n    id\n    grade\n    assessment {\n      nature\n    }\n    tasks {\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchPolicyFields on DeadlinePolicy {\n    feedbackHours\n    defaultHours\n    hardCapHours\n    sameDayForInquiries\n    sameDayLeastMinutes\n    onWorkingTime\n  }\n"): (typeof documents)["\n  fragment DispatchPolicyFields on DeadlinePolicy {\n    feedbackHours\n    defaultHours\n    hardCapHours\n    sameDayForInquiries\n    sameDayLeastMinutes\n    onWorkingTime\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDispatch($input: DispatchTaskInput!) {\n    dispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDispatch($input: DispatchTaskInput!) {\n    dispatchTask(input: $input) {\n      id\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentEscalationsFields on Incident {\n    id\n    version\n    escalations {\n      at\n      to\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentEscalationsFields on Incident {\n    id\n    version\n    escalations {\n      at\n      to\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEscalate($input: EscalateIncidentInput!) {\n    escalateIncident(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleEscalate($input: EscalateIncidentInput!) {\n    escalateIncident(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentHeaderFields on Incident {\n    id\n    title\n    grade\n    status\n    confidential\n    channel\n    platform\n    discoveredAt\n    reportingUnitId\n    allowedActions\n    assessment {\n      revision\n    }\n    warning {\n      level\n      active\n    }\n    linkage {\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentHeaderFields on Incident {\n    id\n    title\n    grade\n    status\n    confidential\n    channel\n    platform\n    discoveredAt\n    reportingUnitId\n    allowedActions\n    assessment {\n      revision\n    }\n    warning {\n      level\n      active\n    }\n    linkage {\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentLettersFields on Incident {\n    id\n    title\n    grade\n    letters {\n      id\n      title\n      level\n      risk\n      scope\n      watchPoints\n      requestedMeasures\n      sentAt\n      receiptDueAt\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentLettersFields on Incident {\n    id\n    title\n    grade\n    letters {\n      id\n      title\n      level\n      risk\n      scope\n      watchPoints\n      requestedMeasures\n      sentAt\n      receiptDueAt\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSendLetter($input: SendRiskLetterInput!) {\n    sendRiskLetter(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSendLetter($input: SendRiskLetterInput!) {\n    sendRiskLetter(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentLinkageFields on Incident {\n    id\n    version\n    grade\n    status\n    allowedActions\n    linkage {\n      active\n      leadUnitId\n      coreUnitIds\n      memberUnitIds\n      releasedUnitIds\n      reason\n      activatedAt\n      byDecision\n    }\n    conferences {\n      id\n      heldAt\n      participants\n      participantUnitIds\n      decisions\n      followUpTaskIds\n    }\n    tasks {\n      id\n      role\n      assigneeUnitId\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentLinkageFields on Incident {\n    id\n    version\n    grade\n    status\n    allowedActions\n    linkage {\n      active\n      leadUnitId\n      coreUnitIds\n      memberUnitIds\n      releasedUnitIds\n      reason\n      activatedAt\n      byDecision\n    }\n    conferences {\n      id\n      heldAt\n      participants\n      participantUnitIds\n      decisions\n      followUpTaskIds\n    }\n    tasks {\n      id\n      role\n      assigneeUnitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkageCountyFields on County {\n    linkageThresholdGrade\n  }\n"): (typeof documents)["\n  fragment LinkageCountyFields on County {\n    linkageThresholdGrade\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLinkageProposal($id: ID!) {\n    linkageProposal(incidentId: $id) {\n      leadUnitId\n      coreUnitIds\n      proposedMemberUnitIds\n      meetsThreshold\n      thresholdGrade\n    }\n  }\n"): (typeof documents)["\n  query ConsoleLinkageProposal($id: ID!) {\n    linkageProposal(incidentId: $id) {\n      leadUnitId\n      coreUnitIds\n      proposedMemberUnitIds\n      meetsThreshold\n      thresholdGrade\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleActivateLinkage($input: ActivateLinkageInput!) {\n    activateLinkage(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleActivateLinkage($input: ActivateLinkageInput!) {\n    activateLinkage(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddMembers($input: AddLinkageMembersInput!) {\n    addLinkageMembers(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddMembers($input: AddLinkageMembersInput!) {\n    addLinkageMembers(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReleaseMember($input: ReleaseLinkageMemberInput!) {\n    releaseLinkageMember(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReleaseMember($input: ReleaseLinkageMemberInput!) {\n    releaseLinkageMember(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentOverviewFields on Incident {\n    id\n    version\n    excerpt\n    urls\n    requirements\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      indicators\n      reasoning\n      revision\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentOverviewFields on Incident {\n    id\n    version\n    excerpt\n    urls\n    requirements\n    spread {\n      posts\n      reposts\n      comments\n      views\n      mainstreamMediaPickups\n    }\n    assessment {\n      grade\n      nature\n      veracity\n      field\n      indicators\n      reasoning\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssess($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      version\n      status\n      grade\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAssess($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      version\n      status\n      grade\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentReviewFields on Incident {\n    id\n    version\n    review {\n      cause\n      spread\n      result\n      experience\n      problems\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentReviewFields on Incident {\n    id\n    version\n    review {\n      cause\n      spread\n      result\n      experience\n      problems\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCalm($input: MarkIncidentCalmedInput!) {\n    markIncidentCalmed(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCalm($input: MarkIncidentCalmedInput!) {\n    markIncidentCalmed(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleClose($input: CloseIncidentInput!) {\n    closeIncident(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleClose($input: CloseIncidentInput!) {\n    closeIncident(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReopen($input: ReopenIncidentInput!) {\n    reopenIncident(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReopen($input: ReopenIncidentInput!) {\n    reopenIncident(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFileReview($input: FileIncidentReviewInput!) {\n    fileIncidentReview(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleFileReview($input: FileIncidentReviewInput!) {\n    fileIncidentReview(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentStatementsFields on Incident {\n    id\n    statements {\n      id\n      kind\n      title\n      content\n      status\n      version\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentStatementsFields on Incident {\n    id\n    statements {\n      id\n      kind\n      title\n      content\n      status\n      version\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDraftStatement($input: DraftStatementInput!) {\n    draftStatement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDraftStatement($input: DraftStatementInput!) {\n    draftStatement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApproveStatement($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleApproveStatement($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentTakedownFields on Incident {\n    id\n    allowedActions\n    takedownRequests {\n      id\n      platform\n      itemUrls\n      request\n      sentAt\n      answer\n      answerNote\n      allowedActions\n      sendingUnit {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentTakedownFields on Incident {\n    id\n    allowedActions\n    takedownRequests {\n      id\n      platform\n      itemUrls\n      request\n      sentAt\n      answer\n      answerNote\n      allowedActions\n      sendingUnit {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSendTakedownRequest($input: SendTakedownRequestInput!) {\n    sendTakedownRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSendTakedownRequest($input: SendTakedownRequestInput!) {\n    sendTakedownRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordTakedownAnswer($input: RecordTakedownAnswerInput!) {\n    recordTakedownAnswer(input: $input) {\n      id\n      answer\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordTakedownAnswer($input: RecordTakedownAnswerInput!) {\n    recordTakedownAnswer(input: $input) {\n      id\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentTaskBoardFields on Incident {\n    id\n    version\n    grade\n    listedAt\n    allowedActions\n    tasks {\n      ...TaskCardFields\n    }\n    ...IncidentDispatchFields\n  }\n"): (typeof documents)["\n  fragment IncidentTaskBoardFields on Incident {\n    id\n    version\n    grade\n    listedAt\n    allowedActions\n    tasks {\n      ...TaskCardFields\n    }\n    ...IncidentDispatchFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleList($input: ListIncidentInput!) {\n    listIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleList($input: ListIncidentInput!) {\n    listIncident(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReferToPolice($input: ReferToPoliceInput!) {\n    referToPolice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReferToPolice($input: ReferToPoliceInput!) {\n    referToPolice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCardFields on Task {\n    id\n    kind\n    role\n    status\n    version\n    assigneeUnitId\n    requirements\n    dueAt\n    hardDueAt\n    deadlineRule\n    overdue\n    late\n    lateByMinutes\n    reworks\n    handedInAt\n    allowedActions\n    pendingExtension {\n      requestedDueAt\n      reason\n    }\n    feedback {\n      factsFound\n      measures\n      result\n      evidence\n    }\n    history {\n      type\n      detail\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment TaskCardFields on Task {\n    id\n    kind\n    role\n    status\n    version\n    assigneeUnitId\n    requirements\n    dueAt\n    hardDueAt\n    deadlineRule\n    overdue\n    late\n    lateByMinutes\n    reworks\n    handedInAt\n    allowedActions\n    pendingExtension {\n      requestedDueAt\n      reason\n    }\n    feedback {\n      factsFound\n      measures\n      result\n      evidence\n    }\n    history {\n      type\n      detail\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentTimelineFields on Incident {\n    timeline {\n      at\n      type\n      description\n      action\n      actorName\n      actorUnitName\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentTimelineFields on Incident {\n    timeline {\n      at\n      type\n      description\n      action\n      actorName\n      actorUnitName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentWarningFields on Incident {\n    id\n    version\n    title\n    grade\n    warning {\n      level\n      active\n      object\n      scope\n      matters\n      measures\n      startAt\n      at\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentWarningFields on Incident {\n    id\n    version\n    title\n    grade\n    warning {\n      level\n      active\n      object\n      scope\n      matters\n      measures\n      startAt\n      at\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWarn($input: IssueWarningInput!) {\n    issueWarning(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleWarn($input: IssueWarningInput!) {\n    issueWarning(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdjustWarning($input: AdjustWarningInput!) {\n    adjustWarning(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAdjustWarning($input: AdjustWarningInput!) {\n    adjustWarning(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLiftWarning($input: LiftWarningInput!) {\n    liftWarning(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLiftWarning($input: LiftWarningInput!) {\n    liftWarning(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIntakeQueue($first: Int, $after: String) {\n    intakeQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          sourceKind\n          url\n          platform\n          author\n          title\n          text\n          publishedAt\n          receivedAt\n          flagged\n          watchHits {\n            list\n            term\n          }\n          spread {\n            posts\n            reposts\n            comments\n            views\n            mainstreamMediaPickups\n          }\n          sources {\n            sourceId\n            sourceName\n            externalId\n          }\n          allowedActions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleIntakeQueue($first: Int, $after: String) {\n    intakeQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          sourceKind\n          url\n          platform\n          author\n          title\n          text\n          publishedAt\n          receivedAt\n          flagged\n          watchHits {\n            list\n            term\n          }\n          spread {\n            posts\n            reposts\n            comments\n            views\n            mainstreamMediaPickups\n          }\n          sources {\n            sourceId\n            sourceName\n            externalId\n          }\n          allowedActions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegisterIntakeItems($input: RegisterIntakeItemsInput!) {\n    registerIntakeItems(input: $input) {\n      incidentId\n      outcomes {\n        itemId\n        errorCode\n        errorReason\n        errorMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRegisterIntakeItems($input: RegisterIntakeItemsInput!) {\n    registerIntakeItems(input: $input) {\n      incidentId\n      outcomes {\n        itemId\n        errorCode\n        errorReason\n        errorMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAttachIntakeItems($input: AttachIntakeItemsInput!) {\n    attachIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAttachIntakeItems($input: AttachIntakeItemsInput!) {\n    attachIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleArchiveIntakeItems($input: ArchiveIntakeItemsInput!) {\n    archiveIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleArchiveIntakeItems($input: ArchiveIntakeItemsInput!) {\n    archiveIntakeItems(input: $input) {\n      itemId\n      errorCode\n      errorReason\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIntakeIncidents($text: String) {\n    incidents(first: 20, filter: { text: $text, status: [REGISTERED, ASSESSED, WARNED, HANDLING, CALMED] }) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleIntakeIncidents($text: String) {\n    incidents(first: 20, filter: { text: $text, status: [REGISTERED, ASSESSED, WARNED, HANDLING, CALMED] }) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCountyName {\n    county {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCountyName {\n    county {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboard($open: [IncidentStatus!]) {\n    gI: incidents(first: 1, filter: { status: $open, grade: [I] }) {\n      totalCount\n    }\n    gII: incidents(first: 1, filter: { status: $open, grade: [II] }) {\n      totalCount\n    }\n    gIII: incidents(first: 1, filter: { status: $open, grade: [III] }) {\n      totalCount\n    }\n    gIV: incidents(first: 1, filter: { status: $open, grade: [IV] }) {\n      totalCount\n    }\n    sREGISTERED: incidents(first: 1, filter: { status: [REGISTERED] }) {\n      totalCount\n    }\n    sASSESSED: incidents(first: 1, filter: { status: [ASSESSED] }) {\n      totalCount\n    }\n    sWARNED: incidents(first: 1, filter: { status: [WARNED] }) {\n      totalCount\n    }\n    sHANDLING: incidents(first: 1, filter: { status: [HANDLING] }) {\n      totalCount\n    }\n    sCALMED: incidents(first: 1, filter: { status: [CALMED] }) {\n      totalCount\n    }\n    open: incidents(first: 60, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n          tasks {\n            id\n            status\n            role\n            dueAt\n            overdue\n            assigneeUnitId\n            handedInAt\n          }\n          letters {\n            id\n            title\n            sentAt\n            receiptDueAt\n            receipts {\n              unitId\n              signed\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDashboard($open: [IncidentStatus!]) {\n    gI: incidents(first: 1, filter: { status: $open, grade: [I] }) {\n      totalCount\n    }\n    gII: incidents(first: 1, filter: { status: $open, grade: [II] }) {\n      totalCount\n    }\n    gIII: incidents(first: 1, filter: { status: $open, grade: [III] }) {\n      totalCount\n    }\n    gIV: incidents(first: 1, filter: { status: $open, grade: [IV] }) {\n      totalCount\n    }\n    sREGISTERED: incidents(first: 1, filter: { status: [REGISTERED] }) {\n      totalCount\n    }\n    sASSESSED: incidents(first: 1, filter: { status: [ASSESSED] }) {\n      totalCount\n    }\n    sWARNED: incidents(first: 1, filter: { status: [WARNED] }) {\n      totalCount\n    }\n    sHANDLING: incidents(first: 1, filter: { status: [HANDLING] }) {\n      totalCount\n    }\n    sCALMED: incidents(first: 1, filter: { status: [CALMED] }) {\n      totalCount\n    }\n    open: incidents(first: 60, filter: { status: $open }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n          tasks {\n            id\n            status\n            role\n            dueAt\n            overdue\n            assigneeUnitId\n            handedInAt\n          }\n          letters {\n            id\n            title\n            sentAt\n            receiptDueAt\n            receipts {\n              unitId\n              signed\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFigures {\n    dashboard(days: 30) {\n      overdueTasks\n      nearlyDueTasks\n      unsignedLetters\n      trend {\n        day\n        grade\n        count\n      }\n      unitOnTime {\n        unitId\n        unitName\n        tasks\n        handedIn\n        onTime\n        openOverdue\n        onTimeRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFigures {\n    dashboard(days: 30) {\n      overdueTasks\n      nearlyDueTasks\n      unsignedLetters\n      trend {\n        day\n        grade\n        count\n      }\n      unitOnTime {\n        unitId\n        unitName\n        tasks\n        handedIn\n        onTime\n        openOverdue\n        onTimeRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleSessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    requiresTotpEnrollment\n    requiresPasswordChange\n    me {\n      id\n      username\n      displayName\n      roles\n      unit {\n        id\n        kind\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleSessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    requiresTotpEnrollment\n    requiresPasswordChange\n    me {\n      id\n      username\n      displayName\n      roles\n      unit {\n        id\n        kind\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpecialReportFields on SpecialReport {\n    id\n    incidentId\n    incidentTitle\n    confidential\n    status\n    year\n    number\n    serial\n    title\n    summary\n    analysis\n    suggestions\n    addressees\n    copyUnitIds\n    copyNames\n    draftRevision\n    draftedAt\n    draftedByName\n    issuedAt\n    issuedByName\n    withdrawnAt\n    withdrawnByName\n    withdrawReason\n    allowedActions\n    version\n  }\n"): (typeof documents)["\n  fragment SpecialReportFields on SpecialReport {\n    id\n    incidentId\n    incidentTitle\n    confidential\n    status\n    year\n    number\n    serial\n    title\n    summary\n    analysis\n    suggestions\n    addressees\n    copyUnitIds\n    copyNames\n    draftRevision\n    draftedAt\n    draftedByName\n    issuedAt\n    issuedByName\n    withdrawnAt\n    withdrawnByName\n    withdrawReason\n    allowedActions\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminSettings {\n    county {\n      id\n      name\n      linkageThresholdGrade\n      requireTotpRoles\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n    holidayCalendar {\n      workingHours\n      years {\n        year\n        source\n        verified\n        loadedByCounty\n        holidays {\n          name\n          from\n          to\n        }\n        makeUpWorkdays\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAdminSettings {\n    county {\n      id\n      name\n      linkageThresholdGrade\n      requireTotpRoles\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n    holidayCalendar {\n      workingHours\n      years {\n        year\n        source\n        verified\n        loadedByCounty\n        holidays {\n          name\n          from\n          to\n        }\n        makeUpWorkdays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetDeadlinePolicy($input: SetDeadlinePolicyInput!) {\n    setDeadlinePolicy(input: $input) {\n      id\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetDeadlinePolicy($input: SetDeadlinePolicyInput!) {\n    setDeadlinePolicy(input: $input) {\n      id\n      deadlinePolicy {\n        custom\n        feedbackHours\n        hardCapHours\n        defaultHours\n        sameDayForInquiries\n        sameDayLeastMinutes\n        onWorkingTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLoadCalendar($input: LoadHolidayCalendarInput!) {\n    loadHolidayCalendar(input: $input) {\n      workingHours\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLoadCalendar($input: LoadHolidayCalendarInput!) {\n    loadHolidayCalendar(input: $input) {\n      workingHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditFind($text: String) {\n    incidents(first: 30, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditFind($text: String) {\n    incidents(first: 30, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          reportedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditHistory($id: ID!, $filter: HistoryFilter) {\n    incidentHistory(id: $id, filter: $filter) {\n      title\n      total\n      entries {\n        at\n        kind\n        description\n        actorName\n        actorUnitName\n        command\n        correlationId\n        hash\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditHistory($id: ID!, $filter: HistoryFilter) {\n    incidentHistory(id: $id, filter: $filter) {\n      title\n      total\n      entries {\n        at\n        kind\n        description\n        actorName\n        actorUnitName\n        command\n        correlationId\n        hash\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditAsOf($id: ID!, $at: DateTime!) {\n    incidentAsOf(id: $id, at: $at) {\n      exists\n      at\n      status\n      grade\n      nature\n      assessments\n      escalatedTo\n      eventsApplied\n      lastEventAt\n      reviewFiled\n      warning {\n        level\n        active\n      }\n      linkage {\n        active\n        leadUnitId\n        memberUnitIds\n      }\n      letters {\n        letterId\n        recipientUnitIds\n        signedUnitIds\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        dueAt\n        extensionPending\n      }\n      statements {\n        statementId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditAsOf($id: ID!, $at: DateTime!) {\n    incidentAsOf(id: $id, at: $at) {\n      exists\n      at\n      status\n      grade\n      nature\n      assessments\n      escalatedTo\n      eventsApplied\n      lastEventAt\n      reviewFiled\n      warning {\n        level\n        active\n      }\n      linkage {\n        active\n        leadUnitId\n        memberUnitIds\n      }\n      letters {\n        letterId\n        recipientUnitIds\n        signedUnitIds\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        dueAt\n        extensionPending\n      }\n      statements {\n        statementId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditCompliance($id: ID!) {\n    deadlineCompliance(incidentId: $id) {\n      asOf\n      summary {\n        tasks\n        onTime\n        late\n        openOverdue\n        onTimeRate\n        reworks\n        returns\n        supervisions\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        deadlineRule\n        dispatchedAt\n        originalDueAt\n        dueAt\n        signedAt\n        firstHandedInAt\n        acceptedAt\n        late\n        overdueMinutes\n        extensions {\n          requestedDueAt\n          approved\n          decisionReason\n        }\n        reworks {\n          at\n          reason\n        }\n        supervisions {\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditCompliance($id: ID!) {\n    deadlineCompliance(incidentId: $id) {\n      asOf\n      summary {\n        tasks\n        onTime\n        late\n        openOverdue\n        onTimeRate\n        reworks\n        returns\n        supervisions\n      }\n      tasks {\n        taskId\n        assigneeUnitName\n        role\n        status\n        deadlineRule\n        dispatchedAt\n        originalDueAt\n        dueAt\n        signedAt\n        firstHandedInAt\n        acceptedAt\n        late\n        overdueMinutes\n        extensions {\n          requestedDueAt\n          approved\n          decisionReason\n        }\n        reworks {\n          at\n          reason\n        }\n        supervisions {\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditVerify($id: ID!) {\n    verifyIncident(id: $id) {\n      ok\n      verdict\n      eventsChecked\n      streamsChecked\n      checkpointsChecked\n      witnessedCheckpoints\n      unsealedEvents\n      independentWitness {\n        name\n        reachable\n        countersignedThrough\n        notCountersigned\n      }\n      verifiedAt\n      keyId\n      fault {\n        kind\n        message\n        streamId\n        streamVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditVerify($id: ID!) {\n    verifyIncident(id: $id) {\n      ok\n      verdict\n      eventsChecked\n      streamsChecked\n      checkpointsChecked\n      witnessedCheckpoints\n      unsealedEvents\n      independentWitness {\n        name\n        reachable\n        countersignedThrough\n        notCountersigned\n      }\n      verifiedAt\n      keyId\n      fault {\n        kind\n        message\n        streamId\n        streamVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DailyReportFiguresFields on DailyReportFigures {\n    newIncidents\n    newByGrade {\n      I\n      II\n      III\n      IV\n      UNGRADED\n    }\n    openIncidents\n    closedThatDay\n    tasksDispatchedThatDay\n    overdueTasks\n  }\n  fragment DailyReportItemFields on DailyReportItem {\n    incidentId\n    title\n    confidential\n    grade\n    status\n    platform\n    reportedAt\n  }\n"): (typeof documents)["\n  fragment DailyReportFiguresFields on DailyReportFigures {\n    newIncidents\n    newByGrade {\n      I\n      II\n      III\n      IV\n      UNGRADED\n    }\n    openIncidents\n    closedThatDay\n    tasksDispatchedThatDay\n    overdueTasks\n  }\n  fragment DailyReportItemFields on DailyReportItem {\n    incidentId\n    title\n    confidential\n    grade\n    status\n    platform\n    reportedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDailyReports($from: String!, $to: String!) {\n    dailyReports(from: $from, to: $to) {\n      id\n      date\n      revision\n      issuedByName\n      issuedAt\n      figures {\n        newIncidents\n        openIncidents\n        overdueTasks\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDailyReports($from: String!, $to: String!) {\n    dailyReports(from: $from, to: $to) {\n      id\n      date\n      revision\n      issuedByName\n      issuedAt\n      figures {\n        newIncidents\n        openIncidents\n        overdueTasks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDailyReport($id: ID!) {\n    dailyReport(id: $id) {\n      id\n      date\n      revision\n      positive\n      remarks\n      correctionReason\n      recipientNames\n      issuedByName\n      issuedAt\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      revisions {\n        revision\n        issuedByName\n        at\n        correctionReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDailyReport($id: ID!) {\n    dailyReport(id: $id) {\n      id\n      date\n      revision\n      positive\n      remarks\n      correctionReason\n      recipientNames\n      issuedByName\n      issuedAt\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      revisions {\n        revision\n        issuedByName\n        at\n        correctionReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDailyReportDraft($date: String!) {\n    dailyReportDraft(date: $date) {\n      date\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      issued {\n        id\n        revision\n        positive\n        remarks\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDailyReportDraft($date: String!) {\n    dailyReportDraft(date: $date) {\n      date\n      figures {\n        ...DailyReportFiguresFields\n      }\n      sensitive {\n        ...DailyReportItemFields\n      }\n      issued {\n        id\n        revision\n        positive\n        remarks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueDailyReport($input: IssueDailyReportInput!) {\n    issueDailyReport(input: $input) {\n      id\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleIssueDailyReport($input: IssueDailyReportInput!) {\n    issueDailyReport(input: $input) {\n      id\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnitDocuments($unitId: ID) {\n    unitDocuments(unitId: $unitId) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      issuedByName\n      issuedAt\n      sha256\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUnitDocuments($unitId: ID) {\n    unitDocuments(unitId: $unitId) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      issuedByName\n      issuedAt\n      sha256\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDocument($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      unitId\n      issuedByName\n      issuedAt\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDocument($id: ID!) {\n    document(id: $id) {\n      id\n      kind\n      documentNumber\n      title\n      classification\n      unitId\n      issuedByName\n      issuedAt\n      verificationCode\n      docxPath\n      pdfPath\n      pdfAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleVerifyDocument($code: String!, $sha256: String) {\n    verifyDocument(code: $code, sha256: $sha256) {\n      unitName\n      matches\n      document {\n        id\n        kind\n        documentNumber\n        title\n        issuedAt\n        issuedByName\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleVerifyDocument($code: String!, $sha256: String) {\n    verifyDocument(code: $code, sha256: $sha256) {\n      unitName\n      matches\n      document {\n        id\n        kind\n        documentNumber\n        title\n        issuedAt\n        issuedByName\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOnDutyNow($unitId: ID!) {\n    onDutyNow(unitId: $unitId) {\n      id\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOnDutyNow($unitId: ID!) {\n    onDutyNow(unitId: $unitId) {\n      id\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyRoster(unitId: $unitId, from: $from, to: $to) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {\n    dutyRoster(unitId: $unitId, from: $from, to: $to) {\n      id\n      unitId\n      userId\n      userName\n      startsAt\n      endsAt\n      post\n      note\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyPeople($unitId: ID!) {\n    users(unitId: $unitId) {\n      id\n      displayName\n      username\n      roles\n      active\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyPeople($unitId: ID!) {\n    users(unitId: $unitId) {\n      id\n      displayName\n      username\n      roles\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyRosterGaps {\n    dutyRosterGaps(days: 7) {\n      from\n      to\n      hours\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyRosterGaps {\n    dutyRosterGaps(days: 7) {\n      from\n      to\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyAllowedActions($unitId: ID!) {\n    dutyAllowedActions(unitId: $unitId)\n  }\n"): (typeof documents)["\n  query ConsoleDutyAllowedActions($unitId: ID!) {\n    dutyAllowedActions(unitId: $unitId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelDutyShift($input: CancelDutyShiftInput!) {\n    cancelDutyShift(input: $input) {\n      id\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelDutyShift($input: CancelDutyShiftInput!) {\n    cancelDutyShift(input: $input) {\n      id\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInbox {\n    inbox(first: 100) {\n      totalCount\n      edges {\n        node {\n          type\n          action\n          dueAt\n          overdue\n          task {\n            id\n            version\n            status\n            role\n            kind\n            dueAt\n            hardDueAt\n            deadlineRule\n            overdue\n            requirements\n            incidentId\n            incidentTitle\n            grade\n            reworks\n            allowedActions\n            assigneeUnitId\n            dispatcherUnitId\n            history {\n              type\n              detail\n              at\n            }\n            feedback {\n              factsFound\n              measures\n              result\n              evidence\n            }\n            pendingExtension {\n              requestedDueAt\n              reason\n            }\n            supervisions {\n              content\n              replyDueAt\n            }\n          }\n          letter {\n            id\n            title\n            level\n            risk\n            scope\n            watchPoints\n            requestedMeasures\n            sentAt\n            receiptDueAt\n            incidentId\n            senderUnitId\n            allowedActions\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInbox {\n    inbox(first: 100) {\n      totalCount\n      edges {\n        node {\n          type\n          action\n          dueAt\n          overdue\n          task {\n            id\n            version\n            status\n            role\n            kind\n            dueAt\n            hardDueAt\n            deadlineRule\n            overdue\n            requirements\n            incidentId\n            incidentTitle\n            grade\n            reworks\n            allowedActions\n            assigneeUnitId\n            dispatcherUnitId\n            history {\n              type\n              detail\n              at\n            }\n            feedback {\n              factsFound\n              measures\n              result\n              evidence\n            }\n            pendingExtension {\n              requestedDueAt\n              reason\n            }\n            supervisions {\n              content\n              replyDueAt\n            }\n          }\n          letter {\n            id\n            title\n            level\n            risk\n            scope\n            watchPoints\n            requestedMeasures\n            sentAt\n            receiptDueAt\n            incidentId\n            senderUnitId\n            allowedActions\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleInboxPageChanged {\n    inboxChanged {\n      kind\n      refId\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleInboxPageChanged {\n    inboxChanged {\n      kind\n      refId\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInboxSpecialReports {\n    specialReports {\n      id\n      status\n      serial\n      title\n      issuedAt\n      issuedByName\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInboxSpecialReports {\n    specialReports {\n      id\n      status\n      serial\n      title\n      issuedAt\n      issuedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignLetter($id: ID!) {\n    signRiskLetter(letterId: $id) {\n      id\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSignLetter($id: ID!) {\n    signRiskLetter(letterId: $id) {\n      id\n      receipts {\n        unitId\n        signed\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      ...IncidentHeaderFields\n      ...IncidentOverviewFields\n      ...IncidentWarningFields\n      ...IncidentTaskBoardFields\n      ...IncidentLettersFields\n      ...SpecialReportsCardFields\n      ...IncidentLinkageFields\n      ...IncidentStatementsFields\n      ...IncidentTakedownFields\n      ...IncidentTimelineFields\n      ...IncidentEscalationsFields\n      ...IncidentReviewFields\n    }\n    county {\n      ...LinkageCountyFields\n      deadlinePolicy {\n        ...DispatchPolicyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      ...IncidentHeaderFields\n      ...IncidentOverviewFields\n      ...IncidentWarningFields\n      ...IncidentTaskBoardFields\n      ...IncidentLettersFields\n      ...SpecialReportsCardFields\n      ...IncidentLinkageFields\n      ...IncidentStatementsFields\n      ...IncidentTakedownFields\n      ...IncidentTimelineFields\n      ...IncidentEscalationsFields\n      ...IncidentReviewFields\n    }\n    county {\n      ...LinkageCountyFields\n      deadlinePolicy {\n        ...DispatchPolicyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleIncidentEvents($id: ID!) {\n    incidentEvents(incidentId: $id) {\n      position\n      type\n      action\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleIncidentEvents($id: ID!) {\n    incidentEvents(incidentId: $id) {\n      position\n      type\n      action\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIncidents($first: Int, $after: String, $filter: IncidentFilter) {\n    incidents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          platform\n          channel\n          reportedAt\n          reportingUnitId\n          confidential\n          linkage {\n            active\n          }\n          assessment {\n            field\n            nature\n          }\n          tasks {\n            id\n            status\n            overdue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleIncidents($first: Int, $after: String, $filter: IncidentFilter) {\n    incidents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          grade\n          status\n          platform\n          channel\n          reportedAt\n          reportingUnitId\n          confidential\n          linkage {\n            active\n          }\n          assessment {\n            field\n            nature\n          }\n          tasks {\n            id\n            status\n            overdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...ConsoleSessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleEnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOrganization {\n    county {\n      id\n      name\n      requireTotpRoles\n      linkageThresholdGrade\n      linkage {\n        propaganda {\n          id\n        }\n        cyberspace {\n          id\n        }\n        police {\n          id\n        }\n        stateSecurity {\n          id\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n      deactivatedReason\n      deactivatedAt\n      version\n    }\n    users {\n      id\n      username\n      displayName\n      unitId\n      roles\n      active\n      totpEnabled\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOrganization {\n    county {\n      id\n      name\n      requireTotpRoles\n      linkageThresholdGrade\n      linkage {\n        propaganda {\n          id\n        }\n        cyberspace {\n          id\n        }\n        police {\n          id\n        }\n        stateSecurity {\n          id\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      parentId\n      active\n      deactivatedReason\n      deactivatedAt\n      version\n    }\n    users {\n      id\n      username\n      displayName\n      unitId\n      roles\n      active\n      totpEnabled\n      signIn {\n        mustChangePassword\n        pausedUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      name\n      kind\n      parentId\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      name\n      kind\n      parentId\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReactivateUnit($unitId: ID!) {\n    reactivateUnit(unitId: $unitId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReactivateUnit($unitId: ID!) {\n    reactivateUnit(unitId: $unitId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyAccount($id: ID!) {\n    user(id: $id) {\n      id\n      totpEnabled\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMyAccount($id: ID!) {\n    user(id: $id) {\n      id\n      totpEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleProfileEnrollTotp($input: EnrollTotpInput) {\n    enrollTotp(input: $input) {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleProfileEnrollTotp($input: EnrollTotpInput) {\n    enrollTotp(input: $input) {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleProfileConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleProfileConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      ...ConsoleSessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSpecialReport($id: ID!) {\n    specialReport(id: $id) {\n      ...SpecialReportFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSpecialReport($id: ID!) {\n    specialReport(id: $id) {\n      ...SpecialReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSpecialReports {\n    specialReports {\n      id\n      incidentId\n      incidentTitle\n      confidential\n      status\n      serial\n      title\n      copyNames\n      draftRevision\n      draftedAt\n      draftedByName\n      issuedAt\n      issuedByName\n      withdrawnAt\n      withdrawnByName\n      withdrawReason\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSpecialReports {\n    specialReports {\n      id\n      incidentId\n      incidentTitle\n      confidential\n      status\n      serial\n      title\n      copyNames\n      draftRevision\n      draftedAt\n      draftedByName\n      issuedAt\n      issuedByName\n      withdrawnAt\n      withdrawnByName\n      withdrawReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStatements($status: [StatementStatus!]) {\n    statements(status: $status) {\n      id\n      incidentId\n      kind\n      tier\n      title\n      content\n      status\n      version\n      draftedAt\n      draftingUnitId\n      publishedAt\n      channels\n      rejections {\n        at\n        reason\n      }\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  query ConsoleStatements($status: [StatementStatus!]) {\n    statements(status: $status) {\n      id\n      incidentId\n      kind\n      tier\n      title\n      content\n      status\n      version\n      draftedAt\n      draftingUnitId\n      publishedAt\n      channels\n      rejections {\n        at\n        reason\n      }\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleStatementsApprove($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleStatementsApprove($input: ApproveStatementInput!) {\n    approveStatement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTaskLink($id: ID!) {\n    task(id: $id) {\n      id\n      incidentId\n      assigneeUnitId\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTaskLink($id: ID!) {\n    task(id: $id) {\n      id\n      incidentId\n      assigneeUnitId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;