/** The address a stakeholder opens; the token is traded for a cookie there (M7). */
export const answerLink = (baseUrl: string, token: string) => `${baseUrl}/a/${token}`;
