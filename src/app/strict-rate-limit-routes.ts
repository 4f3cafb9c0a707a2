/**
 * Routes with a budget of their own, smaller than the API's (RATE_LIMIT_BALLOT_MAX per client IP): the ballot
 * box, which takes requests without a token, and the route that hands out one-time ballot credentials.
 * Fastify route patterns; the production-basics e2e spec fails if one stops matching its route.
 */
export const STRICT_RATE_LIMIT_ROUTES: readonly string[] = [
  '/api/v1/ballot-box/:electionId/rounds/:roundNumber/ballots',
  '/api/v1/organisations/:orgId/elections/:electionId/rounds/:roundNumber/credential',
];
