using Clerk.LoadTest.Server;

// One server process per load-test case (bench/LoadTest/run.sh starts four):
//   Clerk.LoadTest.Server <generated|protected|minimal|jwtbearer> --urls http://127.0.0.1:<port>
//   Clerk.LoadTest.Server --make-token <dir>      writes key.pem, token.txt, issuer.txt and party.txt
if (args is ["--make-token", var directory])
{
    TokenFiles.Write(directory);
    return 0;
}
if (args.Length == 0 || !Cases.TryParse(args[0], out var mode))
{
    Console.Error.WriteLine("usage: Clerk.LoadTest.Server <generated|protected|minimal|jwtbearer> [ASP.NET Core options] | --make-token <dir>");
    return 2;
}

var builder = WebApplication.CreateBuilder(args[1..]);
// Every case: logging only at Warning (no per-request log lines), and the same compile-time JSON metadata, first in
// the resolver chain, for the same JSON body.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, PayloadJsonContext.Default));
Cases.AddServices(mode, builder);

var app = builder.Build();
Cases.MapEndpoints(mode, app);
AllocationCounter.Map(app);
app.Run();
return 0;
