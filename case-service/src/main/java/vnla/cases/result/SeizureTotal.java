package vnla.cases.result;

import java.math.BigDecimal;

import vnla.common.event.Vocabulary;

/** How much of one drug the results of a period seized, in tablets or in kilograms (grams converted). */
public record SeizureTotal(DrugType drugType, Vocabulary.QuantityUnit unit, BigDecimal quantity) {
}
