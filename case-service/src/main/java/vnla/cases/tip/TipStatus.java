package vnla.cases.tip;

/** Where a projected tip stands at hotline-service, as far as its events tell. */
public enum TipStatus { RECEIVED, TRIAGED, DISMISSED }
