package vnla.hotline;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vnla.testing.TestStack;

/** Every test of this module runs on its own broker and a fresh copy of hotline_test ({@link TestStack}). */
@WithTestResource(value = TestStack.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = TestStack.DATABASE, value = "hotline_test"))
public class TestStackResource {
}
