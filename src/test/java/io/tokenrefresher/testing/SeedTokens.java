package io.tokenrefresher.testing;

/**
 * The real sample tokens from the seed document (the refresh API's request and answer examples),
 * copied verbatim. Signed with an unknown key and expired since November 2021: for decoding only.
 */
public final class SeedTokens {
    private SeedTokens() {
    }

    /** The refresh token sent in the request example ({@code ati} = an earlier access token's jti). */
    public static final String REQUEST_REFRESH_TOKEN =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb21wYW55X2lkIjoiMSIsInBhc3N3b3JkX2V4cGlyZWQiOmZhbHNlLCJ"
            + "1c2VyX25hbWUiOiJidWxsZnJvZ19jcG1zIiwicmVhbF9uYW1lIjoiYnVsbGZyb2dfY3BtcyIsImF2YXRhciI6IiIsImF1dGh"
            + "vcml0aWVzIjpbIjE0NTQ5ODk3NDE5NDI0NzY4MDEiXSwiY2xpZW50X2lkIjoic2FiZXIiLCJyb2xlX25hbWUiOiJjcG1zX2J"
            + "1bGxmcm9nIiwibGljZW5zZSI6InBvd2VyZWQgYnkgemhraiIsInBvc3RfaWQiOiIxMzE2OTQxMzY1OTg2OTEwMjEwIiwidXN"
            + "lcl9pZCI6IjE0NTQ5ODk0Nzk2MDU1Mzg4MTciLCJyb2xlX2lkIjoiMTQ1NDk4OTc0MTk0MjQ3NjgwMSIsInNjb3BlIjpbImF"
            + "sbCJdLCJuaWNrX25hbWUiOiLniZvom5ktY3Btc-WvueaOpei0piIsImF0aSI6ImZiMTM1MjY1LTRmNzItNDBiOC04ZDdkLWI"
            + "xNTlkMmZlNzMyZSIsIm9hdXRoX2lkIjoiIiwiam9iX251bWJlciI6IiIsImV4cCI6MTYzNjMzNjc5OCwiZGVwdF9pZCI6Ijc"
            + "2MyIsInBhc3N3b3JkX2xhc3RfdXBkYXRlX2RhdGUiOjE2MzU3MzE3NjMwMDAsImp0aSI6IjAxY2I3NzhhLTIxMDItNGUzYy0"
            + "5ZDgxLTRjMzBhMzcyMzJlNyIsImFjY291bnQiOiJidWxsZnJvZ19jcG1zIn0.BiHdey1Zj9XEbX3ftQpUHx2DGuX_lEZCwR8"
            + "MNZbHjiY";

    /** The access token in the answer example (no {@code ati}). */
    public static final String ANSWER_ACCESS_TOKEN =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb21wYW55X2lkIjoiMSIsInBhc3N3b3JkX2V4cGlyZWQiOmZhbHNlLCJ"
            + "1c2VyX25hbWUiOiJidWxsZnJvZ19jcG1zIiwicmVhbF9uYW1lIjoiYnVsbGZyb2dfY3BtcyIsImF2YXRhciI6IiIsImF1dGh"
            + "vcml0aWVzIjpbIjE0NTQ5ODk3NDE5NDI0NzY4MDEiXSwiY2xpZW50X2lkIjoic2FiZXIiLCJyb2xlX25hbWUiOiJjcG1zX2J"
            + "1bGxmcm9nIiwibGljZW5zZSI6InBvd2VyZWQgYnkgemhraiIsInBvc3RfaWQiOiIxMzE2OTQxMzY1OTg2OTEwMjEwIiwidXN"
            + "lcl9pZCI6IjE0NTQ5ODk0Nzk2MDU1Mzg4MTciLCJyb2xlX2lkIjoiMTQ1NDk4OTc0MTk0MjQ3NjgwMSIsInNjb3BlIjpbImF"
            + "sbCJdLCJuaWNrX25hbWUiOiLniZvom5ktY3Btc-WvueaOpei0piIsIm9hdXRoX2lkIjoiIiwiam9iX251bWJlciI6IiIsImV"
            + "4cCI6MTYzNTczNjg5MCwiZGVwdF9pZCI6Ijc2MyIsInBhc3N3b3JkX2xhc3RfdXBkYXRlX2RhdGUiOjE2MzU3MzE3NjMwMDA"
            + "sImp0aSI6ImQ5M2E5NGJjLTRjZWQtNGU0My05M2EwLTdkMjg4ODUwZGFiYiIsImFjY291bnQiOiJidWxsZnJvZ19jcG1zIn0"
            + ".ka_3P3zmFo2fyaK-uVADbit6rQ5SFdZLzi-FpZXsVCw";

    /** The refresh token in the answer example: the request's jti and exp, {@code ati} = the new access token's jti. */
    public static final String ANSWER_REFRESH_TOKEN =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb21wYW55X2lkIjoiMSIsInBhc3N3b3JkX2V4cGlyZWQiOmZhbHNlLCJ"
            + "1c2VyX25hbWUiOiJidWxsZnJvZ19jcG1zIiwicmVhbF9uYW1lIjoiYnVsbGZyb2dfY3BtcyIsImF2YXRhciI6IiIsImF1dGh"
            + "vcml0aWVzIjpbIjE0NTQ5ODk3NDE5NDI0NzY4MDEiXSwiY2xpZW50X2lkIjoic2FiZXIiLCJyb2xlX25hbWUiOiJjcG1zX2J"
            + "1bGxmcm9nIiwibGljZW5zZSI6InBvd2VyZWQgYnkgemhraiIsInBvc3RfaWQiOiIxMzE2OTQxMzY1OTg2OTEwMjEwIiwidXN"
            + "lcl9pZCI6IjE0NTQ5ODk0Nzk2MDU1Mzg4MTciLCJyb2xlX2lkIjoiMTQ1NDk4OTc0MTk0MjQ3NjgwMSIsInNjb3BlIjpbImF"
            + "sbCJdLCJuaWNrX25hbWUiOiLniZvom5ktY3Btc-WvueaOpei0piIsImF0aSI6ImQ5M2E5NGJjLTRjZWQtNGU0My05M2EwLTd"
            + "kMjg4ODUwZGFiYiIsIm9hdXRoX2lkIjoiIiwiam9iX251bWJlciI6IiIsImV4cCI6MTYzNjMzNjc5OCwiZGVwdF9pZCI6Ijc"
            + "2MyIsInBhc3N3b3JkX2xhc3RfdXBkYXRlX2RhdGUiOjE2MzU3MzE3NjMwMDAsImp0aSI6IjAxY2I3NzhhLTIxMDItNGUzYy0"
            + "5ZDgxLTRjMzBhMzcyMzJlNyIsImFjY291bnQiOiJidWxsZnJvZ19jcG1zIn0.gqayuGrLPkRWLMRz3MkGdW2oa0SzrHPZGUY"
            + "yqiY36iQ";
}
