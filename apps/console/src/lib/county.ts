import { type Client, useQuery } from 'urql';
import { graphql } from '../gql';

const COUNTY_NAME = graphql(`
  query ConsoleCountyName {
    county {
      id
      name
    }
  }
`);

/** Asked for as the app starts (App.tsx): the header has the name on its first render. */
export function prefetchCountyName(client: Client): void {
  void client.query(COUNTY_NAME, {}).toPromise();
}

/**
 * The signed-in person's county as the API names it (the header, the window title, the default release channels);
 * null for someone above the counties (a city office) or until it has loaded.
 */
export function useCountyName(): string | null {
  const [{ data }] = useQuery({ query: COUNTY_NAME, requestPolicy: 'cache-first' });
  return data?.county.name ?? null;
}

/** The county's own release accounts a statement goes out on: 清水县 → 清水发布微博 and 清水发布微信. */
export function releaseChannels(county: string | null): string[] {
  const short = (county ?? '').replace(/(自治县|县|区|市|旗)$/, '');
  return short ? [`${short}发布微博`, `${short}发布微信`] : ['政务微博', '政务微信'];
}
