package vnla.common.event;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The persons, phones, vehicles, boats and quantities a tip names. */
public record TipEntities(
        @Size(max = TipEntities.MAX_ITEMS) List<@Valid Person> persons,
        @Size(max = TipEntities.MAX_ITEMS) List<@NotBlank @Size(max = 40) String> phoneNumbers,
        @Size(max = TipEntities.MAX_ITEMS) List<@Valid Vehicle> vehicles,
        @Size(max = TipEntities.MAX_ITEMS) List<@Valid Boat> boats,
        @Size(max = TipEntities.MAX_ITEMS) List<@Valid Quantity> quantities) {

    /** The most persons, phone numbers, vehicles, boats or quantities one tip may name. */
    public static final int MAX_ITEMS = 50;
    /** The most aliases of one person. */
    public static final int MAX_ALIASES = 20;

    public TipEntities {
        persons = persons == null ? List.of() : List.copyOf(persons);
        phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        boats = boats == null ? List.of() : List.copyOf(boats);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }

    public static TipEntities none() {
        return new TipEntities(null, null, null, null, null);
    }

    public record Person(
            @NotBlank @Size(max = 200) String name,
            @Size(max = MAX_ALIASES) List<@NotBlank @Size(max = 200) String> aliases,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN or LA") String nationality,
            @Size(max = 40) String idNumber) {

        public Person {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public record Vehicle(@NotBlank @Size(max = 20) String plate, @Size(max = 100) String type) {
    }

    public record Boat(@Size(max = 40) String registration, @Size(max = 200) String description) {
    }

    public record Quantity(
            @NotBlank @Size(max = 100) String item,
            @NotNull @Positive BigDecimal amount,
            @NotNull Vocabulary.QuantityUnit unit) {
    }
}
