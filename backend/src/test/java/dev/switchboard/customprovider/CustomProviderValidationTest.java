package dev.switchboard.customprovider;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.testing.CustomProviderCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.switchboard.testing.CustomProviderCalls.input;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The config each sdk and auth type takes, through {@code POST /custom-providers}: every valid shape is
 * stored, and every invalid one is a single 422 whose {@code errors} name exactly the fields at fault
 * (auth types per sdk, required and foreign fields, the URL, region, header and API type rules, unknown
 * members at every level).
 */
@QuarkusTest
class CustomProviderValidationTest {

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            openai       | {"auth": {"type": "api_key", "apiKey": "sk-1"}}
            openai       | {"auth": {"type": "api_key", "apiKey": "sk-1"}, "baseUrl": "http://10.0.0.7:8000/v1", "headers": {"X-Team": "a", "OpenAI-Organization": "org-1"}, "apiType": "responses"}
            anthropic    | {"auth": {"type": "api_key", "apiKey": "sk-ant-1"}}
            anthropic    | {"auth": {"type": "api_key", "apiKey": "sk-ant-1"}, "baseUrl": "https://anthropic-proxy.example.com"}
            google_genai | {"auth": {"type": "api_key", "apiKey": "AIza-1"}, "baseUrl": "https://gemini.example.com/"}
            azure_openai | {"auth": {"type": "api_key", "apiKey": "az-1"}, "azureEndpoint": "https://r.openai.azure.com", "apiVersion": "2024-10-21", "apiType": "chat_completions"}
            azure_openai | {"auth": {"type": "api_key", "apiKey": "az-1"}, "azureEndpoint": "https://r.openai.azure.com/", "apiVersion": "v1"}
            azure_openai | {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "s"}, "azureEndpoint": "https://r.openai.azure.com"}
            azure_openai | {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "s", "authorityHost": "https://login.microsoftonline.us", "scope": "api://x/.default"}, "azureEndpoint": "https://r.openai.azure.us"}
            azure_openai | {"auth": {"type": "default_credentials"}, "azureEndpoint": "https://r.openai.azure.com"}
            aws_bedrock  | {"auth": {"type": "api_key", "apiKey": "bedrock-key"}, "region": "us-east-1"}
            aws_bedrock  | {"auth": {"type": "access_keys", "accessKeyId": "AKIA1", "secretAccessKey": "s"}, "region": "eu-central-1"}
            aws_bedrock  | {"auth": {"type": "access_keys", "accessKeyId": "ASIA1", "secretAccessKey": "s", "sessionToken": "t"}, "region": "us-gov-west-1"}
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "ABSK-1"}, "region": "ap-northeast-1", "endpointUrl": "https://vpce-1.bedrock-runtime.ap-northeast-1.vpce.amazonaws.com"}
            aws_bedrock  | {"auth": {"type": "default_credentials"}, "region": "us-west-2"}
            """)
    void validConfigIsStored(String sdk, String config) {
        providers.post(input(uniqueName("valid-" + sdk), sdk, config)).then().log().ifValidationFails().statusCode(201)
                .body("sdk", equalTo(sdk)).body("status", equalTo("ok"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # auth types per sdk
            openai       | {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "s"}} | config.auth.type
            openai       | {"auth": {"type": "default_credentials"}}                                   | config.auth.type
            anthropic    | {"auth": {"type": "access_keys", "accessKeyId": "a", "secretAccessKey": "s"}} | config.auth.type
            google_genai | {"auth": {"type": "bearer_token", "token": "t"}}                            | config.auth.type
            azure_openai | {"auth": {"type": "access_keys", "accessKeyId": "a", "secretAccessKey": "s"}, "azureEndpoint": "https://r.openai.azure.com"} | config.auth.type
            azure_openai | {"auth": {"type": "bearer_token", "token": "t"}, "azureEndpoint": "https://r.openai.azure.com"} | config.auth.type
            aws_bedrock  | {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "s"}, "region": "us-east-1"} | config.auth.type
            openai       | {"auth": {"type": "oauth"}}                                                 | config.auth.type
            openai       | {"auth": {"apiKey": "sk-1"}}                                                | config.auth.type
            openai       | {"baseUrl": "https://proxy.example.com"}                                    | config.auth
            # required auth fields
            openai       | {"auth": {"type": "api_key"}}                                               | config.auth.apiKey
            anthropic    | {"auth": {"type": "api_key", "apiKey": "  "}}                               | config.auth.apiKey
            azure_openai | {"auth": {"type": "azure_ad_client_secret"}, "azureEndpoint": "https://r.openai.azure.com"} | config.auth.tenantId,config.auth.clientId,config.auth.clientSecret
            azure_openai | {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "s", "authorityHost": "login.microsoftonline.com"}, "azureEndpoint": "https://r.openai.azure.com"} | config.auth.authorityHost
            azure_openai | {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "s", "authorityHost": "https://me:pw@login.example.com"}, "azureEndpoint": "https://r.openai.azure.com"} | config.auth.authorityHost
            aws_bedrock  | {"auth": {"type": "access_keys", "accessKeyId": "a"}, "region": "us-east-1"} | config.auth.secretAccessKey
            aws_bedrock  | {"auth": {"type": "access_keys", "sessionToken": "t"}, "region": "us-east-1"} | config.auth.accessKeyId,config.auth.secretAccessKey
            aws_bedrock  | {"auth": {"type": "bearer_token"}, "region": "us-east-1"}                  | config.auth.token
            # auth fields a type does not take
            openai       | {"auth": {"type": "api_key", "apiKey": "k", "tenantId": "t", "clientId": "c", "scope": "s", "authorityHost": "https://login.example.com"}} | config.auth.tenantId,config.auth.clientId,config.auth.scope,config.auth.authorityHost
            openai       | {"auth": {"type": "api_key", "apiKey": "k", "token": "t", "sessionToken": "s"}} | config.auth.token,config.auth.sessionToken
            aws_bedrock  | {"auth": {"type": "access_keys", "accessKeyId": "a", "secretAccessKey": "s", "apiKey": "k"}, "region": "us-east-1"} | config.auth.apiKey
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t", "accessKeyId": "a"}, "region": "us-east-1"} | config.auth.accessKeyId
            aws_bedrock  | {"auth": {"type": "default_credentials", "secretAccessKey": "s"}, "region": "us-east-1"} | config.auth.secretAccessKey
            azure_openai | {"auth": {"type": "default_credentials", "clientSecret": "s", "tenantId": "t"}, "azureEndpoint": "https://r.openai.azure.com"} | config.auth.clientSecret,config.auth.tenantId
            azure_openai | {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "s", "apiKey": "k"}, "azureEndpoint": "https://r.openai.azure.com"} | config.auth.apiKey
            # routing per sdk
            azure_openai | {"auth": {"type": "api_key", "apiKey": "k"}}                                | config.azureEndpoint
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}}                            | config.region
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}, "region": "US-EAST-1"}     | config.region
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}, "region": "us-east-1.evil.example.com"} | config.region
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}, "region": "us_east_1"}     | config.region
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "region": "us-east-1", "endpointUrl": "https://e.example.com", "azureEndpoint": "https://r.openai.azure.com", "apiVersion": "v1"} | config.region,config.endpointUrl,config.azureEndpoint,config.apiVersion
            anthropic    | {"auth": {"type": "api_key", "apiKey": "k"}, "apiType": "responses"}        | config.apiType
            google_genai | {"auth": {"type": "api_key", "apiKey": "k"}, "apiType": "chat_completions"} | config.apiType
            azure_openai | {"auth": {"type": "api_key", "apiKey": "k"}, "azureEndpoint": "https://r.openai.azure.com", "baseUrl": "https://r.openai.azure.com"} | config.baseUrl
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}, "region": "us-east-1", "baseUrl": "https://e.example.com", "apiType": "chat_completions"} | config.baseUrl,config.apiType
            azure_openai | {"auth": {"type": "api_key", "apiKey": "k"}, "azureEndpoint": "https://r.openai.azure.com", "apiVersion": "2024 10"} | config.apiVersion
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "apiType": "completions"}      | config.apiType
            # the URL rule
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "baseUrl": "https://me:pw@proxy.example.com/v1"} | config.baseUrl
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "baseUrl": "https://proxy.example.com/v1#top"}   | config.baseUrl
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "baseUrl": "ftp://proxy.example.com/v1"}         | config.baseUrl
            anthropic    | {"auth": {"type": "api_key", "apiKey": "k"}, "baseUrl": "proxy.example.com/v1"}               | config.baseUrl
            google_genai | {"auth": {"type": "api_key", "apiKey": "k"}, "baseUrl": "https://"}                           | config.baseUrl
            azure_openai | {"auth": {"type": "api_key", "apiKey": "k"}, "azureEndpoint": "file:///etc/passwd"}           | config.azureEndpoint
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}, "region": "us-east-1", "endpointUrl": "https://u@vpce.example.com"} | config.endpointUrl
            # the header rules
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "headers": {"Authorization": "Bearer x"}}      | config.headers.Authorization
            azure_openai | {"auth": {"type": "api_key", "apiKey": "k"}, "azureEndpoint": "https://r.openai.azure.com", "headers": {"api-key": "x"}} | config.headers.api-key
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}, "region": "us-east-1", "headers": {"X-Amz-Security-Token": "x", "x-amz-date": "y"}} | config.headers.X-Amz-Security-Token,config.headers.x-amz-date
            anthropic    | {"auth": {"type": "api_key", "apiKey": "k"}, "headers": {"Host": "evil.example.com", "x-api-key": "k2"}} | config.headers.Host,config.headers.x-api-key
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "headers": {"X-Team": "a\\r\\nX-Evil: b"}}     | config.headers.X-Team
            anthropic    | {"auth": {"type": "api_key", "apiKey": "k"}, "headers": {"Anthropic-Version": "2020-01-01"}} | config.headers.Anthropic-Version
            # unknown members
            openai       | {"auth": {"type": "api_key", "apiKey": "k", "apiSecret": "x"}, "timeout": 5}               | config.auth.apiSecret,config.timeout
            """)
    void invalidConfigIsOne422NamingExactlyTheFieldsAtFault(String sdk, String config, String fields) {
        Response response = providers.post(input(uniqueName("invalid-" + sdk), sdk, config));

        assertInvalid(response, fields.split(","));
    }

    @Test
    void everyProblemOfABodyIsListedInTheSame422() {
        Response response = providers.post("""
                {"name": "a/b", "sdk": "openai", "description": "%s", "color": "blue",
                 "config": {"auth": {"type": "api_key", "tenantId": "t"}, "region": "us-east-1",
                            "baseUrl": "ftp://x", "headers": {"Authorization": "x"}, "apiType": "x", "extra": 1}}"""
                .formatted("d".repeat(2001)));

        assertInvalid(response, "color", "name", "config.extra", "config.auth.tenantId", "config.auth.apiKey",
                "config.region", "config.baseUrl", "config.headers.Authorization", "config.apiType", "description");
    }

    @Test
    void unknownFieldsAreReportedEvenWhenTheSdkIsInvalid() {
        Response response = providers.post("""
                {"name": "%s", "sdk": "openai-compatible", "colour": 1,
                 "config": {"auth": {"type": "api_key", "apiKey": "k", "bar": 2}, "foo": 3}}""".formatted(
                uniqueName("bad-sdk")));

        assertInvalid(response, "sdk", "colour", "config.foo", "config.auth.bar");
    }

    @Test
    void unknownAuthFieldsAreReportedEvenWhenTheAuthTypeIsInvalid() {
        Response response = providers.post(input(uniqueName("bad-auth"), "openai",
                "{\"auth\": {\"type\": \"oauth\", \"clientToken\": \"x\"}}"));

        assertInvalid(response, "config.auth.type", "config.auth.clientToken");
    }

    @Test
    void missingSdkAndConfigAreEachNamed() {
        assertInvalid(providers.post("{\"name\": \"" + uniqueName("nothing") + "\"}"), "sdk", "config");
    }

    private static void assertInvalid(Response response, String... fields) {
        response.then().log().ifValidationFails().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"));
        List<String> reported = response.jsonPath().getList("errors.field");
        assertEquals(Arrays.stream(fields).map(String::strip).sorted().toList(), reported.stream().sorted().toList(),
                response.asString());
    }
}
