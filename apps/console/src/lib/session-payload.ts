import { graphql } from '../gql';

/** What every step that opens a session answers with (signing in, changing the password, binding a second factor). */
export const SESSION_PAYLOAD = graphql(`
  fragment ConsoleSessionPayload on AuthPayload {
    accessToken
    refreshToken
    accessTokenExpiresAt
    requiresTotpEnrollment
    requiresPasswordChange
    me {
      id
      username
      displayName
      roles
      capabilities
      unit {
        id
        kind
        name
      }
    }
  }
`);
