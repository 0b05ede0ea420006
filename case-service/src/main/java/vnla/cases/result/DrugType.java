package vnla.cases.result;

/** The drugs results count, as in domain.md. */
public enum DrugType { METHAMPHETAMINE_TABLETS, CRYSTAL_METHAMPHETAMINE, HEROIN, CANNABIS, KETAMINE, OTHER }
