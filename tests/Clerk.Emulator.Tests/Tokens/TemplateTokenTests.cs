using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Tokens;

/// <summary>JWT templates: shortcodes, lifetime and skew, the template category, and custom HMAC signing keys.</summary>
public sealed class TemplateTokenTests : FreshEmulatorTest
{
    [Fact]
    public async Task Shortcodes_fill_the_claims_with_their_JSON_types()
    {
        var userId = await Api.CreateUserAsync("""{"email_address":["tpl@example.com"],"first_name":"Tess","last_name":"Plate"}""");
        await Api.PatchAsync($"/v1/users/{userId}/metadata", """{"public_metadata":{"role":"editor","tier":{"level":3}}}""");
        var org = await Emulator.CreateOrganizationAsync("Template Org", "tpl-org");
        await Emulator.AddMembershipAsync(org.Id, userId, "org:admin");
        var session = await Emulator.SignInAsync(userId, org.Id);
        await Api.PostAsync("/v1/jwt_templates", """
            {"name":"supabase","lifetime":120,"allowed_clock_skew":7,"claims":{
              "uid":"{{user.id}}","first":"{{user.first_name}}","last":"{{user.last_name}}",
              "email":"{{user.primary_email_address}}","meta":"{{user.public_metadata}}",
              "level":"{{user.public_metadata.tier.level}}","missing":"{{user.public_metadata.nope}}",
              "greeting":"Hello {{user.first_name}}!","org":{"id":"{{org.id}}","slug":"{{org.slug}}","role":"{{org.role}}"},
              "aud":"authenticated"}}
            """);

        var answer = await Api.PostAsync($"/v1/sessions/{session.SessionId}/tokens/supabase");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var jwt = answer.Json["jwt"]!.GetValue<string>();
        Assert.Equal("cl_B7d4PD222AAA", Jwt.Header(jwt)["cat"]!.GetValue<string>());
        var claims = Jwt.Payload(jwt);
        Assert.Equal(userId, claims["uid"]!.GetValue<string>());
        Assert.Equal(userId, claims["sub"]!.GetValue<string>());
        Assert.Equal("Tess", claims["first"]!.GetValue<string>());
        Assert.Equal("Plate", claims["last"]!.GetValue<string>());
        Assert.Equal("tpl@example.com", claims["email"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"role":"editor","tier":{"level":3}}"""), claims["meta"]));
        Assert.Equal(3, claims["level"]!.GetValue<int>());
        Assert.True(claims.ContainsKey("missing"));
        Assert.Null(claims["missing"]);
        Assert.Equal("Hello Tess!", claims["greeting"]!.GetValue<string>());
        Assert.Equal(org.Id, claims["org"]!["id"]!.GetValue<string>());
        Assert.Equal("tpl-org", claims["org"]!["slug"]!.GetValue<string>());
        Assert.Equal("org:admin", claims["org"]!["role"]!.GetValue<string>());
        Assert.Equal("authenticated", claims["aud"]!.GetValue<string>());
        var iat = claims["iat"]!.GetValue<long>();
        Assert.Equal(iat + 120, claims["exp"]!.GetValue<long>());
        Assert.Equal(iat - 7, claims["nbf"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_template_with_a_signing_key_signs_with_HMAC_and_never_returns_the_key()
    {
        var user = await Emulator.CreateUserAsync("hmac@example.com");
        var session = await Emulator.SignInAsync(user.Id);
        var created = await Api.PostAsync("/v1/jwt_templates",
            """{"name":"hasura","claims":{"x":"{{user.id}}"},"custom_signing_key":true,"signing_algorithm":"HS256","signing_key":"a-shared-secret-of-enough-length"}""");
        Assert.True(created.Json["custom_signing_key"]!.GetValue<bool>());
        Assert.Null(created.Json["signing_key"]);

        var jwt = (await Api.PostAsync($"/v1/sessions/{session.SessionId}/tokens/hasura", """{"expires_in_seconds":45}""")).Json["jwt"]!.GetValue<string>();

        var parts = jwt.Split('.');
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes("a-shared-secret-of-enough-length"), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        Assert.Equal("HS256", Jwt.Header(jwt)["alg"]!.GetValue<string>());
        Assert.Equal(Base64Url.EncodeToString(expected), parts[2]);
        var claims = Jwt.Payload(jwt);
        Assert.Equal(45, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
    }

    [Fact]
    public async Task Templates_are_listed_updated_and_deleted_and_names_are_unique()
    {
        var created = await Api.PostAsync("/v1/jwt_templates", """{"name":"one","claims":{"a":1}}""");
        var id = created.Json["id"]!.GetValue<string>();
        Assert.Equal("jwt_template", created.Json["object"]!.GetValue<string>());
        Assert.Equal(60, created.Json["lifetime"]!.GetValue<int>());

        Assert.Equal("form_identifier_exists", (await Api.PostAsync("/v1/jwt_templates", """{"name":"one","claims":{}}""")).ErrorCode);
        Assert.Equal("form_param_value_invalid", (await Api.PostAsync("/v1/jwt_templates", """{"name":"two","claims":{"sub":"x"}}""")).ErrorCode);

        var updated = await Api.PatchAsync($"/v1/jwt_templates/{id}", """{"name":"renamed","claims":{"b":2},"lifetime":300}""");
        Assert.Equal("renamed", updated.Json["name"]!.GetValue<string>());
        Assert.Single((await Api.GetAsync("/v1/jwt_templates")).Json.AsArray());

        Assert.True((await Api.DeleteAsync($"/v1/jwt_templates/{id}")).Json["deleted"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/v1/jwt_templates/{id}")).Status);
    }

    [Fact]
    public async Task An_unknown_template_is_404()
    {
        var user = await Emulator.CreateUserAsync("none@example.com");
        var session = await Emulator.SignInAsync(user.Id);

        var answer = await Api.PostAsync($"/v1/sessions/{session.SessionId}/tokens/nope");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("resource_not_found", answer.ErrorCode);
    }
}
