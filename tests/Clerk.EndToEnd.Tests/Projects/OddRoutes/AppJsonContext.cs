using System.Text.Json;
using System.Text.Json.Serialization;
using OddRoutes.App.Api.Orgs;
using OddRoutes.App.Api.Orgs.OrgId;
using OddRoutes.App.Api.Orgs.OrgId.Members.MemberId;

namespace OddRoutes;

// Every type the route files read or return as JSON. The project turns reflection-based JSON off, as trimmed and
// Native AOT apps have it, so the generated endpoints must find each type here.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NewOrg))]
[JsonSerializable(typeof(OrgRename))]
[JsonSerializable(typeof(Org))]
[JsonSerializable(typeof(Member))]
[JsonSerializable(typeof(MemberPatch))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
