import { graphql } from '../gql';

/** The signed-in person as a session keeps them: asked when the session opens and again as the console starts. */
export const SESSION_USER = graphql(`
  fragment ConsoleSessionUser on Me {
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
`);

/** What every step that opens a session answers with (signing in, changing the password, binding a second factor). */
export const SESSION_PAYLOAD = graphql(`
  fragment ConsoleSessionPayload on AuthPayload {
    accessToken
    refreshToken
    accessTokenExpiresAt
    requiresTotpEnrollment
    requiresPasswordChange
    me {
      ...ConsoleSessionUser
    }
  }
`);
