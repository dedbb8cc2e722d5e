import { graphql } from '../../gql';

/** An item as the queue and 留言待回复 show it (IntakeItemRow). */
graphql(`
  fragment IntakeQueueItem on IntakeItem {
    id
    status
    sourceKind
    url
    platform
    author
    title
    text
    publishedAt
    receivedAt
    flagged
    watchHits {
      list
      term
    }
    spread {
      posts
      reposts
      comments
      views
      mainstreamMediaPickups
    }
    sources {
      sourceId
      sourceName
      externalId
      post {
        url
        author
        title
        text
      }
    }
    replyDueAt
    repliedAt
    allowedActions
  }
`);

export const INTAKE_QUEUE = graphql(`
  query ConsoleIntakeQueue($first: Int, $after: String) {
    intakeQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...IntakeQueueItem
        }
      }
    }
  }
`);

/** 留言待回复: the same item as the queue shows it, for the messages awaiting their reply. */
export const INTAKE_AWAITING_REPLIES = graphql(`
  query ConsoleIntakeAwaitingReplies($first: Int, $after: String) {
    intakeAwaitingReplies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...IntakeQueueItem
        }
      }
    }
  }
`);

export const MARK_INTAKE_REPLIED = graphql(`
  mutation ConsoleMarkIntakeItemReplied($input: MarkIntakeItemRepliedInput!) {
    markIntakeItemReplied(input: $input) {
      id
      repliedAt
      allowedActions
    }
  }
`);

export const REGISTER_INTAKE = graphql(`
  mutation ConsoleRegisterIntakeItems($input: RegisterIntakeItemsInput!) {
    registerIntakeItems(input: $input) {
      incidentId
      outcomes {
        itemId
        errorCode
        errorReason
        errorMessage
      }
    }
  }
`);

export const ATTACH_INTAKE = graphql(`
  mutation ConsoleAttachIntakeItems($input: AttachIntakeItemsInput!) {
    attachIntakeItems(input: $input) {
      itemId
      errorCode
      errorReason
      errorMessage
    }
  }
`);

export const ARCHIVE_INTAKE = graphql(`
  mutation ConsoleArchiveIntakeItems($input: ArchiveIntakeItemsInput!) {
    archiveIntakeItems(input: $input) {
      itemId
      errorCode
      errorReason
      errorMessage
    }
  }
`);

export const OPEN_INCIDENTS = graphql(`
  query ConsoleIntakeIncidents($text: String) {
    incidents(first: 20, filter: { text: $text, status: [REGISTERED, ASSESSED, WARNED, HANDLING, CALMED] }) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);
