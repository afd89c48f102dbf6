/**
 * Words that carry no meaning for finding a paragraph: English function words plus the words
 * people wrap a question in ("what did … say", "tell me about …").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren as at be because been before being
  below between both but by can cannot could couldn did didn do does doesn doing don down during each
  few for from further had hadn has hasn have haven having he her here hers herself him himself his
  how i if in into is isn it its itself just let me more most mustn my myself no nor not now of off
  on once only or other our ours ourselves out over own same shan she should shouldn so some such
  than that the their theirs them themselves then there these they this those through to too under
  until up very was wasn we were weren what when where which while who whom why will with won would
  wouldn you your yours yourself yourselves
  also any anyone anything ever get gets got kind lot lots many much really thing things way ways
  whether whose yet al el us
  article op ed oped piece text column commentary paragraph says say said tell tells told explain
  mention mentions mentioned mean means meant think thinks thought talk talks talking describe describes
  please know show shows give gives does did happen happens happened according`
    .split(/\s+/)
    .filter(Boolean),
);
