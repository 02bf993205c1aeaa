package dev.switchboard.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link HttpUrl} with {@link HttpUrls}, reporting the rule's own reason. */
public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String problem = HttpUrls.problem(value);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The reason is ours and quotes no input; escaped all the same, as the message is interpolated.
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }
}
