import { patternsFor } from '@/diagnose/define';

// ALB access log: type time elb client:port target:port request_processing_time target_processing_time
// response_processing_time elb_status_code target_status_code ... The lookbehind checks the three
// processing times (-1 when the stage did not happen) in front of the two status codes.
const time = '-?[0-9]{1,6}(?:\\.[0-9]{1,6})?';
const afterTimes = `(?<=${time} ${time} ${time})`;
const albLine = ['app/'];
// 460: the client closed the connection before the idle timeout; 463: too many X-Forwarded-For addresses.

export const awsAlbPatterns = patternsFor('aws-alb', [
  // The usual reason for this line, as the guide's own ALB question reads a reset: the keep-alive race.
  { cause: 'keepalive-race', confidence: 0.6, match: new RegExp(`${afterTimes} 502 - `), lineHas: albLine, explanation: 'The ALB made this 502 (target_status_code "-"): the target closed or reset the connection or sent nothing usable, most often because its keep-alive timeout is shorter than the ALB idle timeout (60 seconds by default), so it closes connections the ALB still uses; a crashed or refusing target looks the same in this line.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.75, match: new RegExp(`${afterTimes} 504 - `), lineHas: albLine, explanation: 'The target did not answer within the ALB idle timeout (60 seconds by default), or could not be connected to within 10 seconds.' },
  { cause: 'other', status: 460, statusNote: 'The ALB logs 460 when the client closed the connection first.', confidence: 0.75, match: new RegExp(`${afterTimes} 460 - `), lineHas: albLine, explanation: 'The client closed the connection before the target answered (460): often a client timeout shorter than the target takes.' },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.7, match: new RegExp(`${afterTimes} 503 - `), lineHas: albLine, explanation: 'The target group has no registered targets, or none the ALB can route to.' },
  { cause: 'upstream-sent-the-error', confidence: 0.6, stepId: 'which-proxy-is-it', match: new RegExp(`${afterTimes} 502 502 `), lineHas: albLine, explanation: 'The target answered 502 itself and the ALB passed it on: something on the target (such as nginx in front of the app) is the failing gateway.' },
  // The causes as the ALB's troubleshooting page words them, which people quote.
  { cause: 'upstream-down', confidence: 0.8, match: 'received a TCP RST from the target when attempting to establish a connection', explanation: 'The target refused the connection (TCP RST): nothing listens on the target port, or the app is down.' },
  { cause: 'keepalive-race', confidence: 0.75, match: 'The target closed the connection with a TCP RST or a TCP FIN while the load balancer had an outstanding request', explanation: "The target closed a connection the ALB was using: usually its keep-alive timeout is shorter than the ALB's idle timeout (60 seconds)." },
  { cause: 'invalid-response-header', confidence: 0.8, match: 'The target response is malformed or contains HTTP headers that are not valid', explanation: "The target's response is not valid HTTP, or a header breaks the ALB's rules." },
  { cause: 'tls-handshake', confidence: 0.8, match: 'encountered an SSL handshake error or SSL handshake timeout when connecting to a target', explanation: 'The TLS handshake between the ALB and the target failed or timed out.' },
  { cause: 'rollout-not-ready', confidence: 0.75, match: 'The deregistration delay period elapsed for a request being handled by a target that was deregistered', explanation: 'A target was deregistered (a deployment or scale-in) while it still served a request longer than the deregistration delay.' },
  { cause: 'connect-blocked', status: 504, confidence: 0.8, match: 'failed to establish a connection to the target before the connection timeout expired', explanation: "The ALB could not connect to the target within 10 seconds: a security group, a network ACL or a target that is down." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.8, match: 'established a connection to the target but the target did not respond before the idle timeout period elapsed', explanation: "The target did not answer within the ALB's idle timeout (60 seconds by default)." },
  { cause: 'no-healthy-backend', status: 503, confidence: 0.8, match: 'The target groups for the load balancer have no registered targets', explanation: 'The target group has no registered targets.' },
  { cause: 'invalid-response-header', confidence: 0.9, match: 'LambdaInvalidResponse', explanation: "The Lambda target's response is not in the format the ALB expects (statusCode, headers, body)." },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'LambdaResponseTooLarge', explanation: "The Lambda target's response is larger than the ALB accepts (1 MB)." },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'LambdaUnhandled', explanation: 'The Lambda target threw an unhandled error.' },
  { cause: 'no-healthy-backend', confidence: 0.6, match: /Target\.(?:Timeout|ResponseCodeMismatch|FailedHealthChecks)/, explanation: 'Targets fail their health checks; with every target unhealthy the ALB sends traffic to all of them anyway, and they fail.' },
  // CloudWatch's metric names, as people paste a dashboard or an alarm (AWS/ApplicationELB, and AWS/ELB for
  // the Classic Load Balancer).
  { cause: 'other', confidence: 0.6, match: /HTTPCode_ELB_(?<status>50[234])_Count/, explanation: "The load balancer itself answered with this status (the ELB's own count, not the targets'): its access log's target fields say why." },
  { cause: 'upstream-down', confidence: 0.6, match: 'TargetConnectionErrorCount', explanation: 'The load balancer could not open connections to its targets (TargetConnectionErrorCount): nothing listens on the target port, or a security group blocks it.' },
  { cause: 'upstream-down', confidence: 0.6, match: 'BackendConnectionErrors', explanation: 'The Classic Load Balancer could not connect to its instances (BackendConnectionErrors): nothing listens on the instance port, or a security group blocks it.' },
  { cause: 'resource-exhaustion', status: 503, statusNote: 'The Classic Load Balancer answers 503 for a request its full surge queue rejects.', confidence: 0.6, match: 'SpilloverCount', explanation: "The Classic Load Balancer's surge queue was full and it rejected requests (SpilloverCount): the instances cannot keep up." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: 'awselb/2.0', ignoreCase: true, explanation: "The Application Load Balancer made this response: its access log's target fields say why." },
]);

export const awsApiGatewayPatterns = patternsFor('api-gateway', [
  // Lambda's init errors: the function never ran, so every call fails the same way.
  { cause: 'app-will-not-start', confidence: 0.8, match: /Runtime\.(?:ImportModuleError|UserCodeSyntaxError|InvalidEntrypoint|HandlerNotFound)/, textLacks: ['netlify'], explanation: "The Lambda function could not even start (its module, handler or code failed to load), so every call fails until a fixed version is deployed." },
  { cause: 'invalid-response-header', confidence: 0.95, match: 'Malformed Lambda proxy response', explanation: "The Lambda function's return value is not a proxy response: it needs statusCode and a string body." },
  { cause: 'upstream-crash-or-reset', confidence: 0.9, match: 'Lambda execution failed with status 200 due to customer function error', explanation: 'The Lambda function threw an error or crashed; its own log in /aws/lambda/<name> has the exception.' },
  // AWS SAM CLI's local API (sam local start-api) logs why it answered 502 for a function.
  { cause: 'upstream-crash-or-reset', confidence: 0.88, match: /Invalid lambda response received: Invalid API Gateway Response Keys: [^\n]{0,200}errorMessage/, explanation: 'The function threw an error (its result holds errorType and errorMessage, not a response), so SAM CLI\'s local API answered 502: the lines above show the exception.' },
  { cause: 'invalid-response-header', confidence: 0.8, match: 'Invalid lambda response received: ', explanation: "The function's result is not a proxy response (statusCode, headers and a string body), so SAM CLI's local API answered 502: a timeout or crash just before gives the same line." },
  { cause: 'upstream-timeout', confidence: 0.85, match: /Function '[^'\n]{1,200}' timed out after [0-9]{1,4} seconds/, explanation: "The function ran past its Timeout in the SAM template (3 seconds by default) and was stopped, so SAM CLI's local API answered 502." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.9, match: 'Endpoint request timed out', explanation: 'The integration did not answer within API Gateway\'s limit (29 seconds by default for REST APIs).' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.9, match: 'Execution failed due to a timeout error', explanation: 'The integration did not answer within API Gateway\'s limit (29 seconds by default for REST APIs).' },
  { cause: 'upstream-timeout', confidence: 0.92, match: /Task timed out after [0-9.]{1,10} seconds/, textLacks: ['netlify'], explanation: 'The Lambda function ran past its own timeout and was stopped.' },
  { cause: 'tls-handshake', status: 500, statusNote: 'API Gateway answers 500 for a configuration error such as this.', confidence: 0.85, match: 'PKIX path building failed', explanation: "API Gateway does not trust the HTTPS backend's certificate chain." },
  { cause: 'tls-handshake', status: 500, statusNote: 'API Gateway answers 500 for a configuration error such as this.', confidence: 0.8, match: 'does not match the certificate subject provided by the peer', explanation: "The HTTPS backend's certificate is not valid for its host name." },
  { cause: 'config-error', status: 500, statusNote: 'API Gateway answers 500 for most configuration errors; a malformed Lambda response gives 502.', confidence: 0.7, match: 'Execution failed due to configuration error', heading: "API Gateway's integration is misconfigured: its permissions, VPC link or backend URL", explanation: 'The integration is misconfigured: permissions to invoke the function, a VPC link, or the backend URL; the rest of the line says which.' },
  { cause: 'other', status: 502, confidence: 0.6, match: /Method completed with status: (?<status>5[0-9]{2})/, explanation: 'API Gateway answered this error status: the execution log lines just before this one say why.' },
  { cause: 'upstream-timeout', status: 504, statusFromLine: true, confidence: 0.75, match: 'INTEGRATION_TIMEOUT', explanation: "The integration did not answer within API Gateway's limit (INTEGRATION_TIMEOUT, 29 seconds by default for REST APIs)." },
  { cause: 'other', confidence: 0.6, match: 'INTEGRATION_FAILURE', explanation: "API Gateway's integration failed ($context.error.responseType INTEGRATION_FAILURE): with Lambda, the function failed or its response broke a limit such as the 6 MB payload." },
  // API Gateway's gateway response AUTHORIZER_CONFIGURATION_ERROR (500): it could not call the Lambda
  // authorizer or read its answer.
  { cause: 'other', status: 500, statusNote: 'API Gateway answers 500 when it cannot use the authorizer.', confidence: 0.8, match: 'AuthorizerConfigurationException', heading: "API Gateway cannot use the API's Lambda authorizer", explanation: "API Gateway could not call the API's Lambda authorizer or read its answer (AuthorizerConfigurationException): the authorizer failed or returned a policy in the wrong shape, or API Gateway may not invoke it." },
  // (Postman's headers tab, copied, writes "x-amzn-ErrorType →value".)
  { cause: 'other', status: 'page', weak: true, confidence: 0.55, match: /(?<=^(?:< )?[ '"]{0,4})x-amzn-ErrorType(?:["']?:| ?\u2192)/i, explanation: 'API Gateway made this response (it carries x-amzn-ErrorType): its execution log says why.' },
  { cause: 'other', status: 'page', weak: true, confidence: 0.55, match: /(?<=^(?:< )?[ '"]{0,4})x-amz-apigw-id["']?:/i, explanation: 'The response came from API Gateway (it carries x-amz-apigw-id): its execution log says why.' },
  // API Gateway's default gateway responses for the client's own errors keep their status.
  { cause: 'config-error', status: 403, statusNote: 'API Gateway answers 403 Missing Authentication Token for a path or method it does not have.', confidence: 0.85, match: 'Missing Authentication Token', heading: 'API Gateway has no resource or method for this path', explanation: 'No resource and method match this path (or the request is unsigned where IAM auth is on): check the stage, path and method.' },
  { cause: 'other', status: 429, confidence: 0.7, match: /"message": ?"Too Many Requests"/, explanation: "API Gateway's throttling (429): the usage plan's or account's rate limit." },
  { cause: 'other', weak: true, confidence: 0.5, match: /"message": ?"Internal server error"/, explanation: "API Gateway's body for a failed integration: with a Lambda proxy integration, a 502 means the function failed or returned a malformed response." },
  // An HTTP API (API Gateway v2) capitalizes its body and answers 500 (docs: troubleshooting HTTP API Lambda integrations).
  { cause: 'other', status: 500, statusNote: "An HTTP API answers 500 with this body when its integration fails, such as a missing permission to invoke the Lambda function.", weak: true, confidence: 0.5, match: /"message": ?"Internal Server Error"/, explanation: "API Gateway's HTTP API could not use its integration: log $context.integrationErrorMessage in its access log to see why (often API Gateway may not invoke the Lambda function)." },
]);

export const awsCloudFrontPatterns = patternsFor('cloudfront', [
  // Its XML error for a failure of its own (Code ServiceUnavailable), as an API client prints it.
  { cause: 'other', status: 503, statusNote: 'CloudFront answers 503 ServiceUnavailable with this message.', confidence: 0.8, match: 'CloudFront encountered an internal error', explanation: 'CloudFront failed on its own side, not the origin: it asks to try again, and the RequestId identifies the request to AWS Support if it lasts.' },
  { cause: 'resource-exhaustion', status: 503, statusNote: 'CloudFront answers 503 when Lambda@Edge is throttled.', confidence: 0.85, match: 'LambdaLimitExceeded', explanation: 'A Lambda@Edge function hit a limit of the account (concurrency or request rate), so CloudFront could not run it (LambdaLimitExceeded).' },
  // The page names no cause: AWS lists a failed TLS negotiation, unsupported ciphers or protocols, an invalid certificate and a closed port for it.
  { cause: 'other', confidence: 0.8, match: "CloudFront wasn't able to connect to the origin.", explanation: "CloudFront could not connect to the origin: most often a failed TLS negotiation with it (certificate name, expiry, chain, protocol or ciphers), else a closed port or firewall; the standard log's x-edge-detailed-result-type says which." },
  { cause: 'dns-resolution', confidence: 0.95, match: "CloudFront wasn't able to resolve the origin domain name", explanation: "The origin's domain name does not resolve." },
  { cause: 'other', status: 'page', pageDefault: 502, confidence: 0.8, match: 'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection', explanation: 'CloudFront could not get an answer from the origin: the connection failed or the origin closed it; the status (502 or 504) and the standard log say which.' },
  { cause: 'upstream-down', confidence: 0.9, match: 'OriginConnectError', explanation: 'CloudFront could not connect to the origin (OriginConnectError): a closed port or firewall.' },
  { cause: 'dns-resolution', confidence: 0.95, match: 'OriginDnsError', explanation: "The origin's domain name does not resolve (OriginDnsError)." },
  { cause: 'upstream-crash-or-reset', confidence: 0.85, match: 'OriginReadError', explanation: "CloudFront could not read the origin's answer (OriginReadError): it crashed, or closed idle connections too soon." },
  { cause: 'invalid-response-header', confidence: 0.9, match: 'OriginInvalidResponseError', explanation: "The origin's response was not valid HTTP (OriginInvalidResponseError)." },
  { cause: 'header-too-large', confidence: 0.95, match: 'OriginHeaderTooBigError', explanation: "The origin's response headers are larger than CloudFront accepts (OriginHeaderTooBigError)." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.85, match: 'OriginCommError', explanation: 'CloudFront timed out connecting to or reading from the origin (OriginCommError).' },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'LambdaValidationError', explanation: 'A Lambda@Edge function returned a response CloudFront rejects (LambdaValidationError).' },
  // A Lambda@Edge origin-request function may choose the origin itself; CloudFront checks what it set.
  { cause: 'config-error', confidence: 0.85, match: 'The Lambda function returned an invalid origin configuration', heading: 'A Lambda@Edge function set an origin CloudFront cannot use', explanation: 'A Lambda@Edge function sent the request to an origin CloudFront cannot use (the message after it names the field, such as DomainName), so CloudFront answered 502: fix the origin the function sets.' },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'The Lambda function returned an invalid entry in the headers object', explanation: 'A Lambda@Edge function returned a header CloudFront rejects (a value that is not a string, or a header it may not set), so CloudFront answered 502.' },
  { cause: 'invalid-response-header', confidence: 0.85, match: 'The Lambda function returned invalid', explanation: 'A Lambda@Edge function returned a response CloudFront cannot use (invalid JSON or an invalid field).' },
  { cause: 'other', confidence: 0.7, match: 'LambdaExecutionError', explanation: 'A Lambda@Edge function failed (LambdaExecutionError): its log in CloudWatch, in the Region nearest the viewer, says why.' },
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: 'Generated by cloudfront (CloudFront)', explanation: "CloudFront made this error page: its standard log's x-edge-detailed-result-type says why." },
  // Its older page's second line, copied alone (2016 and before).
  { cause: 'other', confidence: 0.6, match: 'Failed to contact the origin.', explanation: "CloudFront's older error page: it could not get an answer from the origin (refused, unreachable, or a TLS failure); its access log's x-edge-detailed-result-type says which." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.55, match: 'The request could not be satisfied', explanation: "CloudFront's error page: its standard log's x-edge-detailed-result-type says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.5, match: 'Error from cloudfront', ignoreCase: true, explanation: "CloudFront made this error response: its standard log's x-edge-detailed-result-type says why." },
]);
