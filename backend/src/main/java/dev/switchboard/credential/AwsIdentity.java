package dev.switchboard.credential;

/** Keys the AWS default chain found; {@code sessionToken} is null for long-term keys. */
record AwsIdentity(String accessKeyId, String secretAccessKey, String sessionToken) {

    @Override
    public String toString() {
        return "AwsIdentity[accessKeyId=" + accessKeyId + "]";
    }
}
