using Refit;

namespace Clerk.BackendApi;

/// <summary>The instance's JWT templates (<c>/v1/jwt_templates</c>).</summary>
public interface IJwtTemplatesApi
{
    /// <summary>Lists the JWT templates (<c>GET /jwt_templates</c>).</summary>
    [Get("/jwt_templates")]
    Task<IReadOnlyList<JwtTemplate>> ListJwtTemplatesAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a JWT template (<c>GET /jwt_templates/{template_id}</c>).</summary>
    [Get("/jwt_templates/{template_id}")]
    Task<JwtTemplate> GetJwtTemplateAsync([AliasAs("template_id")] string templateId, CancellationToken cancellationToken = default);

    /// <summary>Creates a JWT template (<c>POST /jwt_templates</c>).</summary>
    [Post("/jwt_templates")]
    Task<JwtTemplate> CreateJwtTemplateAsync([Body] JwtTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a JWT template (<c>PATCH /jwt_templates/{template_id}</c>); Clerk wants the name and claims each time.</summary>
    [Patch("/jwt_templates/{template_id}")]
    Task<JwtTemplate> UpdateJwtTemplateAsync([AliasAs("template_id")] string templateId, [Body] JwtTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a JWT template (<c>DELETE /jwt_templates/{template_id}</c>).</summary>
    [Delete("/jwt_templates/{template_id}")]
    Task<DeletedObject> DeleteJwtTemplateAsync([AliasAs("template_id")] string templateId, CancellationToken cancellationToken = default);
}
