package dev.switchboard.common.validation;

import java.util.regex.Pattern;

/** The shape of an AWS region name ({@code us-east-1}, {@code us-gov-west-1}), checked before it goes into a host name. */
public final class AwsRegions {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private AwsRegions() {
    }

    public static boolean valid(String region) {
        return region != null && REGION.matcher(region).matches();
    }
}
